package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.FileUpdate;
import org.privatefiles.application.port.in.NewFile;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.failure.ForbiddenException;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.InputData;
import org.privatefiles.domain.file.Md5;
import org.privatefiles.domain.tag.FileTagRef;

class FileLifecycleServiceTest {

    @Test
    void a_created_file_has_the_content_facts_the_actor_and_status_created() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var file = f.upload(pro, FilePatch.builder().title("Report").build(), "hello");
        assertThat(file.user()).isEqualTo(pro);
        assertThat(file.org()).isEqualTo(f.org);
        assertThat(file.status()).isEqualTo("created");
        assertThat(file.content().size()).isEqualTo(5);
        assertThat(file.content().md5()).isEqualTo(Md5.hexOf("hello"));
        assertThat(file.createdDate()).isEqualTo(file.modifiedDate()).isEqualTo(f.clock.instant());
    }

    @Test
    void the_title_defaults_to_the_uploaded_file_name() {
        var f = new CoreFixture();
        var file = f.upload(f.proWithEverything("pro"), FilePatch.EMPTY, "hello");
        assertThat(file.title().value()).isEqualTo("upload.txt");
    }

    @Test
    void an_empty_upload_is_refused_and_nothing_is_kept() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        assertThatThrownBy(() -> f.upload(pro, FilePatch.EMPTY, ""))
                .isInstanceOfSatisfying(InvalidException.class, e ->
                        assertThat(e.problems()).containsEntry(Fields.CONTENT, List.of(new Problem.EmptyFile())));
        assertThat(f.storedKeys()).isZero();
    }

    @Test
    void a_file_hash_that_does_not_match_the_content_is_refused_and_nothing_is_kept() {
        var f = new CoreFixture();
        var admission = f.write(f.proWithEverything("pro"));
        var staged = f.core.createFile().stage(admission, CoreFixture.bytes("hello"), "a.txt");
        assertThatThrownBy(() -> f.core.createFile().create(admission, new NewFile(FilePatch.EMPTY, staged, Md5.hexOf("other"))))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems()).containsKey("file_hash"));
        assertThat(f.storedKeys()).isZero();
    }

    @Test
    void a_project_without_edit_access_is_an_invalid_hyperlink_and_nothing_is_kept() {
        var f = new CoreFixture();
        var viewer = f.pro("viewer", false, false, ProjectScope.ALL, AccessLevel.VIEW);
        var project = f.core.administration().createProject(f.org, "Roof");
        assertThatThrownBy(() -> f.upload(viewer, FilePatch.builder().project(project.id()).build(), "x"))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems())
                        .containsEntry("project", List.of(new Problem.UnknownReference(project.id().toString()))));
        assertThat(f.storedKeys()).isZero();
    }

    @Test
    void a_project_of_another_org_is_an_invalid_hyperlink() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var otherOrg = f.core.administration().createOrg("Other");
        var foreign = f.core.administration().createProject(otherOrg, "Theirs");
        assertThatThrownBy(() -> f.upload(pro, FilePatch.builder().project(foreign.id()).build(), "x"))
                .isInstanceOf(InvalidException.class);
    }

    @Test
    void an_export_tag_without_the_export_permission_is_forbidden_and_nothing_is_kept() {
        var f = new CoreFixture();
        var pro = f.pro("pro", true, false, ProjectScope.ALL, AccessLevel.EDIT);
        var patch = FilePatch.builder().fileTags(List.of(FileTagRef.title("Projects Export"))).build();
        assertThatThrownBy(() -> f.upload(pro, patch, "x")).isInstanceOf(ForbiddenException.class);
        assertThat(f.storedKeys()).isZero();
    }

    @Test
    void tags_are_resolved_by_id_or_title_and_kept_in_id_order() {
        var f = new CoreFixture();
        var file = f.upload(f.proWithEverything("pro"),
                FilePatch.builder().fileTags(List.of(FileTagRef.id(53), FileTagRef.title("Extra File"))).build(), "x");
        assertThat(file.tags()).extracting(t -> t.id().value()).containsExactly(38L, 53L);
    }

    @Test
    void an_unknown_tag_is_an_invalid_hyperlink() {
        var f = new CoreFixture();
        var patch = FilePatch.builder().fileTags(List.of(FileTagRef.title("No Such Tag"))).build();
        assertThatThrownBy(() -> f.upload(f.proWithEverything("pro"), patch, "x"))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems()).containsKey("file_tags"));
    }

    @Test
    void the_input_data_hash_defaults_to_the_md5_of_the_canonical_json() {
        var f = new CoreFixture();
        var data = new InputData("{\"b\": 1, \"a\": 2}", "{\"a\":2,\"b\":1}");
        var file = f.upload(f.proWithEverything("pro"), FilePatch.builder().inputData(data).build(), "x");
        assertThat(file.inputData()).isEqualTo("{\"b\": 1, \"a\": 2}");
        assertThat(file.inputDataHash()).isEqualTo(Md5.hexOf("{\"a\":2,\"b\":1}"));
    }

    @Test
    void a_status_longer_than_64_characters_is_invalid() {
        var f = new CoreFixture();
        var patch = FilePatch.builder().status("s".repeat(65)).build();
        assertThatThrownBy(() -> f.upload(f.proWithEverything("pro"), patch, "x"))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems()).containsKey("status"));
    }

    @Test
    void an_update_changes_only_the_fields_given_and_bumps_the_modified_date() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var file = f.upload(pro, FilePatch.builder().title("Old").statusMessage("kept").build(), "x");
        f.clock.advance(java.time.Duration.ofSeconds(5));
        var updated = f.core.updateFile().update(f.write(pro), file.id(), FileUpdate.of(FilePatch.builder().title("New").build()));
        assertThat(updated.title().value()).isEqualTo("New");
        assertThat(updated.statusMessage()).isEqualTo("kept");
        assertThat(updated.modifiedDate()).isAfter(file.modifiedDate());
        assertThat(f.core.retrieveFile().retrieve(f.read(pro), file.id())).isEqualTo(updated);
    }

    @Test
    void an_update_can_detach_the_project_with_null() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var project = f.core.administration().createProject(f.org, "Roof");
        var file = f.upload(pro, FilePatch.builder().project(project.id()).build(), "x");
        var updated = f.core.updateFile().update(f.write(pro), file.id(), FileUpdate.of(FilePatch.builder().project(null).build()));
        assertThat(updated.project()).isNull();
    }

    @Test
    void new_content_replaces_the_old_which_is_deleted() throws IOException {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var file = f.upload(pro, FilePatch.EMPTY, "old bytes");
        var admission = f.write(pro);
        var staged = f.core.createFile().stage(admission, CoreFixture.bytes("new"), "b.txt");
        var updated = f.core.updateFile().update(admission, file.id(), new FileUpdate(FilePatch.EMPTY, Optional.of(staged), null));
        assertThat(updated.content().size()).isEqualTo(3);
        assertThat(f.content.exists(file.content().storageKey())).isFalse();
        try (var in = f.core.downloadContent().open(updated, 0, Long.MAX_VALUE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("new");
        }
    }

    @Test
    void a_member_with_view_access_to_the_project_cannot_update_the_file() {
        var f = new CoreFixture();
        var owner = f.proWithEverything("owner");
        var viewer = f.pro("viewer", false, false, ProjectScope.ALL, AccessLevel.VIEW);
        var project = f.core.administration().createProject(f.org, "Roof");
        var file = f.upload(owner, FilePatch.builder().project(project.id()).build(), "x");
        assertThat(f.core.retrieveFile().retrieve(f.read(viewer), file.id())).isEqualTo(file);
        assertThatThrownBy(() -> f.core.updateFile().update(f.write(viewer), file.id(), FileUpdate.of(FilePatch.EMPTY)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.core.deleteFile().delete(f.write(viewer), file.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_file_of_another_org_is_not_found_rather_than_forbidden() {
        var f = new CoreFixture();
        var file = f.upload(f.proWithEverything("pro"), FilePatch.EMPTY, "x");
        var otherOrg = f.core.administration().createOrg("Other");
        var outsider = f.user("outsider");
        f.core.administration().addMember(new org.privatefiles.domain.actor.Membership(otherOrg, outsider,
                org.privatefiles.domain.actor.Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT));
        var admission = f.core.admitRequest().admit(outsider, otherOrg, org.privatefiles.domain.throttle.ThrottleScope.READ);
        assertThatThrownBy(() -> f.core.retrieveFile().retrieve(admission, file.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_removes_the_row_and_then_the_content() {
        var f = new CoreFixture();
        var pro = f.proWithEverything("pro");
        var file = f.upload(pro, FilePatch.EMPTY, "x");
        f.core.deleteFile().delete(f.write(pro), file.id());
        assertThat(f.files.find(file.id())).isEmpty();
        assertThat(f.storedKeys()).isZero();
        assertThatThrownBy(() -> f.core.downloadContent().downloadable(file.id())).isInstanceOf(NotFoundException.class);
    }
}
