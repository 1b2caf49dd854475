package org.privatefiles.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.contract.PrivateFileRepositoryContract;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/**
 * The private file repository contract on the in-memory fakes: one store (repository, seeded
 * catalogue, directory) shared by every test, as a database would be; plus what only the fake offers.
 */
class InMemoryPrivateFileRepositoryTest extends PrivateFileRepositoryContract {
    private static final InMemoryFileTagCatalog TAGS = InMemoryFileTagCatalog.seeded();
    private static final InMemoryDirectory DIRECTORY = new InMemoryDirectory();
    private static final InMemoryPrivateFileRepository FILES = new InMemoryPrivateFileRepository(TAGS);

    @Override
    protected PrivateFileRepository files() {
        return FILES;
    }

    @Override
    protected FileTagCatalog tags() {
        return TAGS;
    }

    @Override
    protected Directory directory() {
        return DIRECTORY;
    }

    @Test
    void closing_a_listing_is_counted_so_tests_can_check_streams_are_closed() {
        OrgId org = newOrg();
        insert(newFile(org, newUser()));
        int before = FILES.openListings();

        var listing = FILES.list(everything(org), FileCriteria.all());
        assertThat(FILES.openListings()).isEqualTo(before + 1);
        listing.close();
        listing.close();

        assertThat(FILES.openListings()).isEqualTo(before);
    }

    @Test
    void a_tag_missing_from_the_catalogue_is_refused_like_a_foreign_key() {
        OrgId org = newOrg();
        FileTag unknown = new FileTag(FileTagId.of(Long.MAX_VALUE), "not in the catalogue", FileTag.PRIVATE_TYPE, false);
        PrivateFileBuilder file = newFile(org, newUser()).tags(List.of(unknown));

        assertThatThrownBy(() -> FILES.insert(file.build())).isInstanceOf(IllegalArgumentException.class);
        assertThat(FILES.find(file.build().id())).isEmpty();
    }

    @Test
    void an_unavailable_repository_says_so_and_fails_every_call() {
        var repository = new InMemoryPrivateFileRepository();
        repository.setAvailable(false);

        assertThat(repository.isAvailable()).isFalse();
        assertThatThrownBy(() -> repository.count(ReadScope.nothing(OrgId.of(1)), FileCriteria.all()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.temporaryCreatedBefore(Instant.now())).isInstanceOf(IllegalStateException.class);
    }
}
