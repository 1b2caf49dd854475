package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.util.List;
import org.privatefiles.application.StandardFileTags;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.Md5;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.tag.FileTag;

/** Builders of plausible files and the standard tags, for the adapter's own tests. */
final class TestFiles {
    static final Instant T0 = Instant.parse("2026-02-11T01:50:41.756421Z");
    static final List<FileTag> TAGS = StandardFileTags.all();
    /** "Projects Export", the one standard tag with export = true. */
    static final FileTag EXPORT_TAG = TAGS.stream().filter(FileTag::export).findFirst().orElseThrow();

    private TestFiles() {
    }

    static FileTag tag(long id) {
        return TAGS.stream().filter(t -> t.id().value() == id).findFirst().orElseThrow();
    }

    /** A file with content, created and modified at {@code T0 + id seconds}. */
    static PrivateFileBuilder file(FileId id, OrgId org, UserId user, String title) {
        Instant at = T0.plusSeconds(id.value());
        return new PrivateFileBuilder()
                .id(id).org(org).user(user).title(Title.of(title))
                .content(new ContentFacts("key-" + id, 100 + id.value(), Md5.hexOf("content " + id)))
                .status("created")
                .createdDate(at).modifiedDate(at);
    }
}
