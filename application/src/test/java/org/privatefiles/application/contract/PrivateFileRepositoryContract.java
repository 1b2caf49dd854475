package org.privatefiles.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ConcurrentChangeException;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.ChunkedUpload;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.Md5;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.query.FileCriteriaMatch;
import org.privatefiles.domain.query.FileOrder;
import org.privatefiles.domain.query.OrderField;
import org.privatefiles.domain.query.Ordering;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.query.SearchTerms;
import org.privatefiles.domain.query.SortKey;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/**
 * Contract: what every {@link PrivateFileRepository} adapter does. The three ports must be
 * views of one store (files refer to orgs, users, projects and tags); it may be shared with
 * other tests and runs, and its catalogue holds the standard tags. Every test builds its own
 * orgs, users, projects and tags through {@link Directory} and {@link FileTagCatalog} and
 * scopes its assertions to them. Dates lie far in the future (to the microsecond), where no
 * real sweep looks.
 */
public abstract class PrivateFileRepositoryContract {
    /** Seed of the generated data of the scoped listing property; override with {@code -Dprivatefiles.contract.seed=N}. */
    protected static final long SEED = Long.getLong("privatefiles.contract.seed", 20_260_211L);

    private final AccessPolicy policy = new AccessPolicy();
    private final Instant base = Instant.parse("2090-01-01T00:00:00Z")
            .plus(ThreadLocalRandom.current().nextLong(10L * 365 * 24 * 3600 * 1_000_000), ChronoUnit.MICROS);

    /** The repository under test; called several times per test, it must return the same store within a test. */
    protected abstract PrivateFileRepository files();

    /** The seeded tag catalogue of the same store as {@link #files()}. */
    protected abstract FileTagCatalog tags();

    /** The directory of the same store as {@link #files()}. */
    protected abstract Directory directory();

    @Test
    void repository_is_available() {
        assertThat(files().isAvailable()).isTrue();
    }

    /** Ids: handed out in order, never twice. */
    @Nested
    class Ids {
        @Test
        void next_id_hands_out_increasing_ids() {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ids.add(files().nextId().value());
            }

            assertThat(ids).isSorted().doesNotHaveDuplicates();
        }

        @Test
        void next_id_never_hands_out_an_id_twice_across_threads() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<Long>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        List<Long> ids = new ArrayList<>();
                        for (int i = 0; i < 50; i++) {
                            ids.add(files().nextId().value());
                        }
                        return ids;
                    }));
                }
                List<Long> all = new ArrayList<>();
                for (Future<List<Long>> result : results) {
                    all.addAll(result.get(2, TimeUnit.MINUTES));
                }
                assertThat(all).hasSize(400).doesNotHaveDuplicates();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Insert and find: what is inserted is found equal, in its org only. */
    @Nested
    class InsertAndFind {
        @Test
        void a_file_with_every_field_set_is_found_equal_with_its_tags_by_ascending_id() {
            OrgId org = newOrg();
            UserId user = newUser();
            ProjectId project = newProject(org);
            FileTag high = newTag(false);
            FileTag export = tags().find(FileTagId.of(33)).orElseThrow();
            FileTag low = tags().find(FileTagId.of(38)).orElseThrow();
            UploadPart part1 = part(1, 5 * 1024 * 1024);
            UploadPart part2 = part(2, 17);
            PrivateFileBuilder file = newFile(org, user)
                    .project(project)
                    .documentTemplate(DocumentTemplateId.of(987_654_321L))
                    .title(Title.of("Caf\u00e9 \u201cplan\u201d \uD83D\uDE00 #" + Unique.suffix()))
                    .content(content(5 * 1024 * 1024 + 17))
                    .tags(List.of(high, export, low))
                    .systemUuid(UUID.randomUUID())
                    .inputData("{\"b\":1,\"a\":[true,null,\"x\"],\"nested\":{\"K\":\"V \u00e9\"}}")
                    .inputDataHash(randomMd5())
                    .status(PrivateFile.STATUS_CREATED)
                    .statusMessage("All parts joined.\nSecond line.")
                    .showCustomer(true)
                    .temporary(true)
                    .upload(new ChunkedUpload(Unique.name("upload"), List.of(part2, part1), base.plusSeconds(90).plusNanos(123_456_000)))
                    .createdDate(base.plusNanos(1_000))
                    .modifiedDate(base.plusSeconds(90).plusNanos(999_999_000));
            PrivateFile inserted = file.build();

            files().insert(inserted);

            PrivateFile expected = file.tags(List.of(export, low, high)).build();
            assertThat(files().find(org, inserted.id())).contains(expected);
            assertThat(files().find(inserted.id())).contains(expected);
        }

        @Test
        void a_file_with_only_the_required_fields_is_found_equal() {
            OrgId org = newOrg();
            PrivateFile file = newFile(org, newUser()).build();

            files().insert(file);

            assertThat(files().find(org, file.id())).contains(file);
        }

        @Test
        void a_started_upload_without_content_or_parts_is_found_equal() {
            OrgId org = newOrg();
            PrivateFile file = newFile(org, newUser())
                    .status(PrivateFile.STATUS_UPLOADING)
                    .upload(ChunkedUpload.started(Unique.name("upload")))
                    .build();

            files().insert(file);

            PrivateFile found = files().find(org, file.id()).orElseThrow();
            assertThat(found).isEqualTo(file);
            assertThat(found.isUploading()).isTrue();
            assertThat(found.upload().parts()).isEmpty();
        }

        @Test
        void find_with_another_org_is_empty() {
            OrgId org = newOrg();
            OrgId otherOrg = newOrg();
            PrivateFile file = insert(newFile(org, newUser()));

            assertThat(files().find(otherOrg, file.id())).isEmpty();
        }

        @Test
        void find_by_id_alone_finds_the_file_of_any_org() {
            OrgId org = newOrg();
            PrivateFile file = insert(newFile(org, newUser()).content(content(10)));

            assertThat(files().find(file.id())).contains(file);
        }

        @Test
        void find_of_an_id_without_file_is_empty() {
            FileId unused = files().nextId();

            assertThat(files().find(unused)).isEmpty();
            assertThat(files().find(newOrg(), unused)).isEmpty();
        }

        @Test
        void inserting_an_id_twice_is_a_conflict() {
            OrgId org = newOrg();
            PrivateFile file = insert(newFile(org, newUser()));

            assertThatThrownBy(() -> files().insert(PrivateFileBuilder.from(file).title(Title.of("again")).build()))
                    .isInstanceOf(ConflictException.class);

            assertThat(files().find(org, file.id())).contains(file);
        }
    }

    /** Update: a new version replaces the stored one, optimistically. */
    @Nested
    class Updates {
        @Test
        void update_replaces_every_field_and_the_tags() {
            OrgId org = newOrg();
            UserId user = newUser();
            FileTag kept = newTag(false);
            FileTag dropped = newTag(false);
            FileTag added = newTag(true);
            PrivateFile original = insert(newFile(org, user)
                    .project(newProject(org))
                    .documentTemplate(DocumentTemplateId.of(5))
                    .content(content(100))
                    .tags(List.of(kept, dropped))
                    .systemUuid(UUID.randomUUID())
                    .inputData("{\"a\":1}")
                    .inputDataHash(randomMd5())
                    .status("created")
                    .statusMessage("first")
                    .showCustomer(true)
                    .temporary(true));
            PrivateFile changed = PrivateFileBuilder.from(original)
                    .project(newProject(org))
                    .documentTemplate(DocumentTemplateId.of(6))
                    .title(Title.of("Renamed " + Unique.suffix()))
                    .content(content(200))
                    .tags(List.of(kept, added))
                    .systemUuid(UUID.randomUUID())
                    .inputData("[1,2,3]")
                    .inputDataHash(randomMd5())
                    .status("reviewed")
                    .statusMessage("second")
                    .showCustomer(false)
                    .temporary(false)
                    .modifiedDate(original.modifiedDate().plusSeconds(60).plusNanos(1_000))
                    .build();

            PrivateFile stored = files().update(changed);

            assertThat(stored).isEqualTo(changed.nextVersion());
            assertThat(files().find(org, original.id())).contains(changed.nextVersion());
        }

        @Test
        void update_can_clear_every_optional_field_and_tag() {
            OrgId org = newOrg();
            PrivateFile original = insert(newFile(org, newUser())
                    .project(newProject(org))
                    .documentTemplate(DocumentTemplateId.of(5))
                    .content(content(100))
                    .tags(List.of(newTag(false)))
                    .systemUuid(UUID.randomUUID())
                    .inputData("{\"a\":1}")
                    .inputDataHash(randomMd5())
                    .status("created")
                    .statusMessage("first"));
            PrivateFile cleared = PrivateFileBuilder.from(original)
                    .project(null).documentTemplate(null).content(null).tags(List.of()).systemUuid(null)
                    .inputData(null).inputDataHash(null).status(null).statusMessage(null)
                    .modifiedDate(original.modifiedDate().plusSeconds(1))
                    .build();

            files().update(cleared);

            assertThat(files().find(org, original.id())).contains(cleared.nextVersion());
        }

        @Test
        void update_keeps_the_parts() {
            OrgId org = newOrg();
            UploadPart part1 = part(1, 100);
            UploadPart part2 = part(2, 50);
            PrivateFile original = insert(newFile(org, newUser())
                    .status(PrivateFile.STATUS_UPLOADING)
                    .upload(new ChunkedUpload(Unique.name("upload"), List.of(part1, part2), null)));
            Instant completed = original.createdDate().plusSeconds(30);
            PrivateFile completing = PrivateFileBuilder.from(original)
                    .content(content(150))
                    .status(PrivateFile.STATUS_CREATED)
                    .upload(original.upload().withParts(List.of()).completedAt(completed))
                    .modifiedDate(completed)
                    .build();

            files().update(completing);

            PrivateFile expected = PrivateFileBuilder.from(completing)
                    .upload(new ChunkedUpload(original.upload().uploadId(), List.of(part1, part2), completed))
                    .version(original.version() + 1)
                    .build();
            assertThat(files().find(org, original.id())).contains(expected);
        }

        @Test
        void update_of_a_version_that_is_no_longer_stored_is_a_concurrent_change_and_changes_nothing() {
            OrgId org = newOrg();
            PrivateFile original = insert(newFile(org, newUser()).content(content(10)));
            PrivateFile first = files().update(PrivateFileBuilder.from(original).title(Title.of("first")).build());

            assertThatThrownBy(() -> files().update(PrivateFileBuilder.from(original).title(Title.of("second")).build()))
                    .isInstanceOf(ConcurrentChangeException.class);

            assertThat(files().find(org, original.id())).contains(first);
        }

        @Test
        void update_of_a_file_that_is_gone_is_not_found() {
            OrgId org = newOrg();
            PrivateFile file = insert(newFile(org, newUser()));
            files().delete(file.id(), file.version());

            assertThatThrownBy(() -> files().update(file)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void of_concurrent_updates_from_one_version_exactly_one_is_stored() throws Exception {
            OrgId org = newOrg();
            PrivateFile original = insert(newFile(org, newUser()));
            int writers = 8;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<Optional<PrivateFile>>> outcomes = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    PrivateFile change = PrivateFileBuilder.from(original).title(Title.of("writer " + i)).build();
                    outcomes.add(pool.submit(() -> {
                        try {
                            return Optional.of(files().update(change));
                        } catch (ConcurrentChangeException e) {
                            return Optional.<PrivateFile>empty();
                        }
                    }));
                }
                List<PrivateFile> stored = new ArrayList<>();
                for (Future<Optional<PrivateFile>> outcome : outcomes) {
                    outcome.get(60, TimeUnit.SECONDS).ifPresent(stored::add);
                }

                assertThat(stored).hasSize(1);
                assertThat(files().find(org, original.id())).contains(stored.get(0));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Delete: the file and its parts go, optimistically. */
    @Nested
    class Deletes {
        @Test
        void delete_removes_the_file_and_its_parts_and_answers_false_the_second_time() {
            OrgId org = newOrg();
            UploadPart part = part(1, 10);
            ContentFacts content = content(10);
            PrivateFile file = insert(newFile(org, newUser())
                    .content(content)
                    .upload(new ChunkedUpload(Unique.name("upload"), List.of(part), null)));
            PrivateFile other = insert(newFile(org, newUser()));

            assertThat(files().delete(file.id(), file.version())).isTrue();
            assertThat(files().delete(file.id(), file.version())).isFalse();

            assertThat(files().find(file.id())).isEmpty();
            assertThat(files().find(org, file.id())).isEmpty();
            assertThat(files().keysInUse(List.of(part.storageKey(), content.storageKey()))).isEmpty();
            assertThat(listIds(everything(org), FileCriteria.all())).containsExactly(other.id());
            assertThat(files().find(other.id())).contains(other);
        }

        @Test
        void delete_of_a_version_that_is_no_longer_stored_is_a_concurrent_change_and_deletes_nothing() {
            OrgId org = newOrg();
            PrivateFile original = insert(newFile(org, newUser()).content(content(10)));
            PrivateFile changed = files().update(PrivateFileBuilder.from(original).title(Title.of("changed")).build());

            assertThatThrownBy(() -> files().delete(original.id(), original.version()))
                    .isInstanceOf(ConcurrentChangeException.class);

            assertThat(files().find(org, original.id())).contains(changed);
        }
    }

    /** Parts of a chunked upload: added, replaced and found in order. */
    @Nested
    class Parts {
        @Test
        void put_part_adds_a_new_part_and_answers_empty() {
            OrgId org = newOrg();
            PrivateFile file = insert(uploading(org, newUser()));
            UploadPart part = part(1, 5 * 1024 * 1024);

            assertThat(putPart(file.id(), part)).isEmpty();

            assertThat(files().find(org, file.id()).orElseThrow().upload().parts()).containsExactly(part);
        }

        @Test
        void put_part_moves_the_file_to_its_next_version_with_the_modified_date_given() {
            OrgId org = newOrg();
            PrivateFile file = insert(uploading(org, newUser()));
            UploadPart part = part(1, 10);
            Instant modified = file.modifiedDate().plusSeconds(5);

            files().putPart(file.id(), file.version(), part, modified);

            assertThat(files().find(org, file.id())).contains(PrivateFileBuilder.from(file)
                    .upload(file.upload().withParts(List.of(part))).modifiedDate(modified).version(file.version() + 1).build());
        }

        @Test
        void put_part_on_a_version_that_is_no_longer_stored_is_a_concurrent_change_and_keeps_no_part() {
            OrgId org = newOrg();
            PrivateFile file = insert(uploading(org, newUser()));
            putPart(file.id(), part(1, 10));

            assertThatThrownBy(() -> files().putPart(file.id(), file.version(), part(2, 10), file.modifiedDate()))
                    .isInstanceOf(ConcurrentChangeException.class);

            assertThat(files().find(org, file.id()).orElseThrow().upload().parts()).extracting(UploadPart::partNumber).containsExactly(1);
        }

        @Test
        void put_part_on_a_completed_upload_is_a_concurrent_change_and_keeps_no_part() {
            OrgId org = newOrg();
            PrivateFile file = insert(uploading(org, newUser()));
            PrivateFile completed = files().update(PrivateFileBuilder.from(file).content(content(10))
                    .status(PrivateFile.STATUS_CREATED).upload(file.upload().completedAt(file.createdDate().plusSeconds(1))).build());

            assertThatThrownBy(() -> files().putPart(file.id(), completed.version(), part(1, 10), file.modifiedDate()))
                    .isInstanceOf(ConcurrentChangeException.class);

            assertThat(files().find(org, file.id())).contains(completed);
        }

        @Test
        void put_part_of_a_file_that_is_gone_is_not_found() {
            OrgId org = newOrg();
            PrivateFile file = insert(uploading(org, newUser()));
            files().delete(file.id(), file.version());

            assertThatThrownBy(() -> files().putPart(file.id(), file.version(), part(1, 10), file.modifiedDate()))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void put_part_with_a_taken_number_replaces_it_and_answers_the_replaced_part() {
            OrgId org = newOrg();
            PrivateFile file = insert(uploading(org, newUser()));
            UploadPart first = part(3, 100);
            UploadPart second = part(3, 200);
            putPart(file.id(), first);

            assertThat(putPart(file.id(), second)).contains(first);

            assertThat(files().find(org, file.id()).orElseThrow().upload().parts()).containsExactly(second);
        }

        @Test
        void parts_are_found_by_ascending_number() {
            OrgId org = newOrg();
            PrivateFile file = insert(uploading(org, newUser()));
            UploadPart p10 = part(10, 1);
            UploadPart p2 = part(2, 2);
            UploadPart p1 = part(1, 3);
            UploadPart last = part(UploadPart.MAX_NUMBER, 4);
            for (UploadPart part : List.of(p10, last, p2, p1)) {
                putPart(file.id(), part);
            }

            PrivateFile found = files().find(org, file.id()).orElseThrow();

            assertThat(found.upload().parts()).containsExactly(p1, p2, p10, last);
            assertThat(found).isEqualTo(PrivateFileBuilder.from(file).upload(file.upload().withParts(List.of(p1, p2, p10, last)))
                    .version(file.version() + 4).build());
        }
    }

    /** Content keys in use: what the sweeper must not remove. */
    @Nested
    class KeysInUse {
        @Test
        void keys_in_use_are_the_given_keys_that_a_files_content_or_a_part_uses() {
            OrgId org = newOrg();
            ContentFacts content = content(10);
            UploadPart part1 = part(1, 10);
            UploadPart part2 = part(2, 10);
            insert(newFile(org, newUser()).content(content));
            PrivateFile upload = insert(uploading(org, newUser()));
            putPart(upload.id(), part1);
            putPart(upload.id(), part2);
            String unused = "contract-unused-" + Unique.suffix();

            Set<String> inUse = files().keysInUse(List.of(content.storageKey(), part1.storageKey(), part2.storageKey(), unused));

            assertThat(inUse).containsExactlyInAnyOrder(content.storageKey(), part1.storageKey(), part2.storageKey());
        }

        @Test
        void keys_in_use_of_no_keys_is_empty() {
            assertThat(files().keysInUse(List.of())).isEmpty();
        }

        @Test
        void keys_in_use_answers_for_thousands_of_keys_at_once() {
            OrgId org = newOrg();
            ContentFacts content = content(10);
            insert(newFile(org, newUser()).content(content));
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                keys.add("contract-unused-" + Unique.suffix());
            }
            keys.add(2500, content.storageKey());

            assertThat(files().keysInUse(keys)).containsExactly(content.storageKey());
        }

        @Test
        void keys_stop_being_in_use_when_content_is_replaced_or_the_upload_deleted() {
            OrgId org = newOrg();
            ContentFacts oldContent = content(10);
            ContentFacts newContent = content(20);
            UploadPart part = part(1, 10);
            PrivateFile file = insert(newFile(org, newUser()).content(oldContent));
            PrivateFile upload = insert(uploading(org, newUser()));
            putPart(upload.id(), part);

            files().update(PrivateFileBuilder.from(file).content(newContent).modifiedDate(file.modifiedDate().plusSeconds(1)).build());
            files().delete(upload.id(), upload.version() + 1);

            assertThat(files().keysInUse(List.of(oldContent.storageKey(), newContent.storageKey(), part.storageKey())))
                    .containsExactly(newContent.storageKey());
        }
    }

    /** Expiry queries: temporary files and incomplete uploads past a cutoff. */
    @Nested
    class ExpiryQueries {
        @Test
        void temporary_files_created_before_the_cutoff_are_found() {
            OrgId org = newOrg();
            UserId user = newUser();
            Instant cutoff = base;
            PrivateFile old = insert(newFile(org, user).temporary(true).content(content(1))
                    .createdDate(cutoff.minus(1, ChronoUnit.MICROS)).modifiedDate(cutoff.plusSeconds(10)));
            PrivateFile older = insert(newFile(org, user).temporary(true).tags(List.of(newTag(false)))
                    .createdDate(cutoff.minus(Duration.ofDays(2))).modifiedDate(cutoff.minus(Duration.ofDays(2))));
            insert(newFile(org, user).temporary(true).createdDate(cutoff).modifiedDate(cutoff));
            insert(newFile(org, user).temporary(true).createdDate(cutoff.plusSeconds(1)).modifiedDate(cutoff.plusSeconds(1)));
            insert(newFile(org, user).temporary(false).createdDate(cutoff.minus(Duration.ofDays(3))).modifiedDate(cutoff.minus(Duration.ofDays(3))));

            List<PrivateFile> found = files().temporaryCreatedBefore(cutoff).stream().filter(f -> f.org().equals(org)).toList();

            assertThat(found).containsExactlyInAnyOrder(old, older);
        }

        @Test
        void incomplete_uploads_created_before_the_cutoff_are_found_with_their_parts() {
            OrgId org = newOrg();
            UserId user = newUser();
            Instant cutoff = base;
            Instant before = cutoff.minus(Duration.ofHours(25));
            UploadPart part = part(1, 10);
            PrivateFile abandoned = insert(uploading(org, user).createdDate(before).modifiedDate(before));
            putPart(abandoned.id(), part);
            PrivateFile justBefore = insert(uploading(org, user)
                    .createdDate(cutoff.minus(1, ChronoUnit.MICROS)).modifiedDate(cutoff.minus(1, ChronoUnit.MICROS)));
            insert(uploading(org, user).createdDate(cutoff).modifiedDate(cutoff));
            insert(newFile(org, user).content(content(10)).status(PrivateFile.STATUS_CREATED)
                    .upload(new ChunkedUpload(Unique.name("upload"), List.of(), before.plusSeconds(5)))
                    .createdDate(before).modifiedDate(before.plusSeconds(5)));
            insert(newFile(org, user).content(content(10)).createdDate(before).modifiedDate(before));

            List<PrivateFile> found = files().incompleteUploadsCreatedBefore(cutoff).stream().filter(f -> f.org().equals(org)).toList();

            assertThat(found).containsExactlyInAnyOrder(
                    PrivateFileBuilder.from(abandoned).upload(abandoned.upload().withParts(List.of(part)))
                            .version(abandoned.version() + 1).build(), justBefore);
        }
    }

    /** Read scopes: a listing holds exactly what the scope may read. */
    @Nested
    class Scopes {
        @Test
        void a_listing_holds_only_the_files_of_the_scopes_org() {
            OrgId org = newOrg();
            OrgId otherOrg = newOrg();
            UserId user = newUser();
            PrivateFile mine = insert(newFile(org, user));
            PrivateFile theirs = insert(newFile(otherOrg, user));

            assertThat(listIds(everything(org), FileCriteria.all())).containsExactly(mine.id());
            assertThat(listIds(everything(otherOrg), FileCriteria.all())).containsExactly(theirs.id());
            assertThat(files().count(everything(org), FileCriteria.all())).isEqualTo(1);
        }

        @Test
        void a_scope_reading_nothing_lists_and_counts_nothing() {
            OrgId org = newOrg();
            insert(newFile(org, newUser()));

            assertThat(listIds(ReadScope.nothing(org), FileCriteria.all())).isEmpty();
            assertThat(files().count(ReadScope.nothing(org), FileCriteria.all())).isZero();
        }

        @Test
        void a_scope_without_export_visibility_hides_export_tagged_files() {
            OrgId org = newOrg();
            UserId user = newUser();
            FileTag export = newTag(true);
            PrivateFile plain = insert(newFile(org, user).tags(List.of(newTag(false))));
            insert(newFile(org, user).tags(List.of(newTag(false), export)));
            insert(newFile(org, user).tags(List.of(tags().find(FileTagId.of(33)).orElseThrow())));
            ReadScope orgWideWithoutExport = new ReadScope(org, false, true, user, true, Set.of(), false);

            assertThat(listIds(orgWideWithoutExport, FileCriteria.all())).containsExactly(plain.id());
            assertThat(files().count(orgWideWithoutExport, FileCriteria.all())).isEqualTo(1);
        }

        @Test
        void a_scope_of_own_files_and_some_projects_lists_exactly_those() {
            OrgId org = newOrg();
            UserId me = newUser();
            UserId other = newUser();
            ProjectId visible = newProject(org);
            ProjectId hidden = newProject(org);
            PrivateFile own = insert(newFile(org, me).modifiedDate(base.plusSeconds(3)));
            PrivateFile ownOnHidden = insert(newFile(org, me).project(hidden).modifiedDate(base.plusSeconds(2)));
            PrivateFile onVisible = insert(newFile(org, other).project(visible).modifiedDate(base.plusSeconds(1)));
            insert(newFile(org, other).project(hidden));
            insert(newFile(org, other));

            assertThat(listIds(new ReadScope(org, false, false, me, false, Set.of(visible), true), FileCriteria.all()))
                    .containsExactly(own.id(), ownOnHidden.id(), onVisible.id());
            assertThat(listIds(new ReadScope(org, false, false, me, false, Set.of(), true), FileCriteria.all()))
                    .containsExactly(own.id(), ownOnHidden.id());
        }

        @Test
        void a_scope_of_all_projects_lists_every_file_on_a_project_and_own_files() {
            OrgId org = newOrg();
            UserId me = newUser();
            UserId other = newUser();
            PrivateFile own = insert(newFile(org, me).modifiedDate(base.plusSeconds(3)));
            PrivateFile onFirst = insert(newFile(org, other).project(newProject(org)).modifiedDate(base.plusSeconds(2)));
            PrivateFile onSecond = insert(newFile(org, other).project(newProject(org)).modifiedDate(base.plusSeconds(1)));
            insert(newFile(org, other));

            assertThat(listIds(new ReadScope(org, false, false, me, true, Set.of(), true), FileCriteria.all()))
                    .containsExactly(own.id(), onFirst.id(), onSecond.id());
        }

        @Test
        void scoped_listing_returns_exactly_the_files_the_access_policy_lets_each_actor_read() {
            Random random = new Random(SEED);
            OrgId org = newOrg();
            List<UserId> owners = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                owners.add(newUser());
            }
            UserId outsider = newUser();
            List<ProjectId> projects = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                projects.add(newProject(org));
            }
            List<FileTag> fileTags = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                fileTags.add(newTag(false));
            }
            fileTags.add(newTag(true));

            List<PrivateFile> all = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                all.add(insert(randomFile(random, org, owners, projects, fileTags)));
            }
            assertThat(all).anyMatch(PrivateFile::isExportTagged);

            List<UserId> actorUsers = new ArrayList<>(owners);
            actorUsers.add(outsider);
            Set<Integer> readableCounts = new HashSet<>();
            for (int a = 0; a < 40; a++) {
                Actor actor = randomActor(random, org, actorUsers, projects);
                ReadScope scope = policy.readScope(actor);
                List<PrivateFile> readable = all.stream().filter(f -> policy.read(actor, f).allowed()).toList();
                readableCounts.add(readable.size());
                String context = "seed " + SEED + ", actor #" + a + " " + actor + ", scope " + scope;

                assertSameIds(context, listIds(scope, FileCriteria.all()), expectedIds(readable, Ordering.DEFAULT));
                assertThat(files().count(scope, FileCriteria.all())).as(context).isEqualTo(readable.size());

                FileCriteria criteria = randomCriteria(random, owners, projects, fileTags);
                List<PrivateFile> matching = readable.stream().filter(f -> FileCriteriaMatch.matches(criteria, f)).toList();
                List<FileId> expected = expectedIds(matching, criteria.ordering());
                if (criteria.paging().isPresent()) {
                    Paging paging = criteria.paging().get();
                    expected = expected.stream().skip(paging.offset()).limit(paging.count()).toList();
                }
                assertSameIds(context + ", criteria " + criteria, listIds(scope, criteria), expected);
                assertThat(files().count(scope, criteria)).as(context + ", criteria " + criteria).isEqualTo(matching.size());
            }
            assertThat(readableCounts).as("seed %d: the generated actors see different sets of files", SEED)
                    .contains(0, all.size()).hasSizeGreaterThan(15);
        }
    }

    /** Listing filters: project, creator and tags, combined with and. */
    @Nested
    class Filters {
        @Test
        void list_filters_by_project() {
            OrgId org = newOrg();
            UserId user = newUser();
            ProjectId project = newProject(org);
            PrivateFile on = insert(newFile(org, user).project(project));
            insert(newFile(org, user).project(newProject(org)));
            insert(newFile(org, user));

            assertFilter(org, criteria().project(project), on);
        }

        @Test
        void list_filters_by_creator() {
            OrgId org = newOrg();
            UserId creator = newUser();
            PrivateFile first = insert(newFile(org, creator).modifiedDate(base.plusSeconds(1)));
            PrivateFile second = insert(newFile(org, creator).project(newProject(org)));
            insert(newFile(org, newUser()));

            assertFilter(org, criteria().user(creator), first, second);
        }

        @Test
        void list_with_any_tags_keeps_the_files_having_any_of_them() {
            OrgId org = newOrg();
            UserId user = newUser();
            FileTag a = newTag(false);
            FileTag b = newTag(false);
            FileTag c = newTag(false);
            PrivateFile withA = insert(newFile(org, user).tags(List.of(a)).modifiedDate(base.plusSeconds(3)));
            PrivateFile withBAndC = insert(newFile(org, user).tags(List.of(b, c)).modifiedDate(base.plusSeconds(2)));
            PrivateFile withAll = insert(newFile(org, user).tags(List.of(a, b, c)).modifiedDate(base.plusSeconds(1)));
            insert(newFile(org, user).tags(List.of(c)));
            insert(newFile(org, user));

            assertFilter(org, criteria().anyTags(a.id(), b.id()), withA, withBAndC, withAll);
        }

        @Test
        void list_with_excluded_tags_drops_the_files_having_any_of_them() {
            OrgId org = newOrg();
            UserId user = newUser();
            FileTag a = newTag(false);
            FileTag b = newTag(false);
            FileTag c = newTag(false);
            insert(newFile(org, user).tags(List.of(a)));
            insert(newFile(org, user).tags(List.of(b, c)));
            PrivateFile withC = insert(newFile(org, user).tags(List.of(c)).modifiedDate(base.plusSeconds(1)));
            PrivateFile untagged = insert(newFile(org, user));

            assertFilter(org, criteria().excludedTags(a.id(), b.id()), withC, untagged);
        }

        @Test
        void list_combines_filters_with_and() {
            OrgId org = newOrg();
            UserId user = newUser();
            ProjectId project = newProject(org);
            FileTag wanted = newTag(false);
            FileTag unwanted = newTag(false);
            String word = "needle" + Unique.suffix();
            PrivateFile hit = insert(newFile(org, user).project(project).tags(List.of(wanted)).title(Title.of(word)));
            insert(newFile(org, user).project(project).tags(List.of(wanted, unwanted)).title(Title.of(word)));
            insert(newFile(org, user).project(project).tags(List.of(wanted)));
            insert(newFile(org, user).tags(List.of(wanted)).title(Title.of(word)));
            insert(newFile(org, newUser()).project(project).tags(List.of(wanted)).title(Title.of(word)));

            assertFilter(org, criteria().project(project).user(user).anyTags(wanted.id()).excludedTags(unwanted.id()).search(word), hit);
        }
    }

    /** Search terms: matched in the searchable fields, ignoring case, literally. */
    @Nested
    class Search {
        @Test
        void search_finds_a_term_in_the_title_ignoring_case() {
            String marker = "Quarterly-" + Unique.suffix();
            assertSearchFinds(f -> f.title(Title.of("The " + marker + " Report.pdf")), "qUARTERLY-" + marker.substring(10).toUpperCase());
        }

        @Test
        void search_finds_a_term_in_the_system_uuid_ignoring_case() {
            UUID uuid = UUID.randomUUID();
            assertSearchFinds(f -> f.systemUuid(uuid), uuid.toString().substring(4, 20).toUpperCase());
        }

        @Test
        void search_finds_a_term_in_the_input_data_text_ignoring_case() {
            String marker = Unique.suffix();
            assertSearchFinds(f -> f.inputData("{\"customer\":\"Mx Quux " + marker + "\",\"n\":[1,2]}"), "\"mx QUUX " + marker.toUpperCase() + "\"");
        }

        @Test
        void search_finds_a_term_in_the_input_data_hash_ignoring_case() {
            String hash = randomMd5();
            assertSearchFinds(f -> f.inputDataHash(hash), hash.substring(8, 24).toUpperCase());
        }

        @Test
        void search_finds_a_term_in_the_file_hash_ignoring_case() {
            ContentFacts content = content(123);
            assertSearchFinds(f -> f.content(content), content.md5().substring(10, 26).toUpperCase());
        }

        @Test
        void search_finds_a_term_in_the_status_ignoring_case() {
            String marker = Unique.suffix();
            assertSearchFinds(f -> f.status("Awaiting-Review-" + marker), "awaiting-REVIEW-" + marker);
        }

        @Test
        void search_finds_a_term_in_the_status_message_ignoring_case() {
            String marker = Unique.suffix();
            assertSearchFinds(f -> f.statusMessage("Waiting for APPROVAL " + marker + " by the owner"), "approval " + marker.toUpperCase());
        }

        @Test
        void search_ignores_case_beyond_ascii() {
            String marker = Unique.suffix();
            assertSearchFinds(f -> f.title(Title.of("\u00c4rger \u00dcber \u00c9t\u00e9 " + marker)), "\u00e4rger \u00fcber \u00e9T\u00c9 " + marker);
        }

        @Test
        void search_needs_every_term_to_match_some_field() {
            OrgId org = newOrg();
            UserId user = newUser();
            String alpha = "alpha" + Unique.suffix();
            String beta = "beta" + Unique.suffix();
            PrivateFile both = insert(newFile(org, user).title(Title.of(alpha + ".txt")).status(beta));
            PrivateFile bothInOneField = insert(newFile(org, user).statusMessage(beta + " and " + alpha).modifiedDate(base.minusSeconds(1)));
            insert(newFile(org, user).title(Title.of(alpha + ".txt")));
            insert(newFile(org, user).status(beta));

            assertFilter(org, criteria().search(SearchTerms.parse(alpha.toUpperCase() + ", " + beta)), both, bothInOneField);
        }

        @Test
        void search_terms_with_like_wildcards_or_escapes_match_literally() {
            OrgId org = newOrg();
            UserId user = newUser();
            PrivateFile percent = insert(newFile(org, user).title(Title.of("100% done")));
            insert(newFile(org, user).title(Title.of("1000 done")));
            PrivateFile underscore = insert(newFile(org, user).title(Title.of("a_b")));
            insert(newFile(org, user).title(Title.of("axb")));
            PrivateFile backslash = insert(newFile(org, user).title(Title.of("c\\d")));
            insert(newFile(org, user).title(Title.of("cd")));
            insert(newFile(org, user).title(Title.of("c\\\\d")));

            assertFilter(org, criteria().search(new SearchTerms(List.of("100%"))), percent);
            assertFilter(org, criteria().search(new SearchTerms(List.of("a_b"))), underscore);
            assertFilter(org, criteria().search(new SearchTerms(List.of("c\\d"))), backslash);
            assertFilter(org, criteria().search(new SearchTerms(List.of("%"))), percent);
            assertFilter(org, criteria().search(new SearchTerms(List.of("_"))), underscore);
        }

        @Test
        void search_terms_with_quotes_are_plain_text() {
            OrgId org = newOrg();
            UserId user = newUser();
            PrivateFile quoted = insert(newFile(org, user).title(Title.of("O'Brien \"draft\"; DROP TABLE x; --")));
            insert(newFile(org, user).title(Title.of("OBrien draft")));

            assertFilter(org, criteria().search(new SearchTerms(List.of("o'brien \"DRAFT\"; drop"))), quoted);
        }
    }

    /** Order and paging of a listing. */
    @Nested
    class OrderAndPaging {
        @Test
        void list_orders_by_created_date_both_ways_with_ties_by_descending_id() {
            assertOrderedBothWays(OrderField.CREATED_DATE);
        }

        @Test
        void list_orders_by_modified_date_both_ways_with_ties_by_descending_id() {
            assertOrderedBothWays(OrderField.MODIFIED_DATE);
        }

        @Test
        void list_orders_by_title_by_code_point_both_ways_with_ties_by_descending_id() {
            assertOrderedBothWays(OrderField.TITLE);
        }

        @Test
        void list_orders_by_status_with_nulls_last_ascending_and_first_descending() {
            List<PrivateFile> fixture = orderFixture();
            List<FileId> ascending = assertOrderedBothWays(fixture, OrderField.STATUS).get(0);

            long nulls = fixture.stream().filter(f -> f.status() == null).count();
            assertThat(nulls).isPositive();
            assertThat(ascending.subList(ascending.size() - (int) nulls, ascending.size()))
                    .allSatisfy(id -> assertThat(byId(fixture, id).status()).isNull());
        }

        @Test
        void list_orders_by_filesize_with_files_without_content_last_ascending_and_first_descending() {
            List<PrivateFile> fixture = orderFixture();
            List<List<FileId>> both = assertOrderedBothWays(fixture, OrderField.FILESIZE);

            long without = fixture.stream().filter(f -> f.content() == null).count();
            assertThat(without).isPositive();
            assertThat(both.get(1).subList(0, (int) without)).allSatisfy(id -> assertThat(byId(fixture, id).content()).isNull());
        }

        @Test
        void list_default_order_is_most_recently_modified_first_with_ties_by_descending_id() {
            List<PrivateFile> fixture = orderFixture();
            OrgId org = fixture.get(0).org();

            assertThat(listIds(everything(org), FileCriteria.all())).isEqualTo(expectedIds(fixture, Ordering.DEFAULT));
            assertThat(listIds(everything(org), FileCriteria.all()))
                    .isEqualTo(expectedIds(fixture, new Ordering(List.of(new SortKey(OrderField.MODIFIED_DATE, true)))));
        }

        @Test
        void list_orders_by_several_keys_in_turn() {
            List<PrivateFile> fixture = orderFixture();
            OrgId org = fixture.get(0).org();
            for (Ordering ordering : List.of(
                    Ordering.parse("status,-filesize"),
                    Ordering.parse("-status,title"),
                    Ordering.parse("filesize,-created_date,title"),
                    Ordering.parse("-created_date,modified_date"))) {
                assertThat(listIds(everything(org), criteria().ordering(ordering).build())).as("ordering %s", ordering)
                        .isEqualTo(expectedIds(fixture, ordering));
            }
        }

        @Test
        void titles_order_by_code_point_beyond_the_basic_multilingual_plane() {
            OrgId org = newOrg();
            UserId user = newUser();
            PrivateFile privateUse = insert(newFile(org, user).title(Title.of("\uE000")));
            PrivateFile replacement = insert(newFile(org, user).title(Title.of("\uFFFD")));
            PrivateFile clef = insert(newFile(org, user).title(Title.of("\uD834\uDD1E")));

            assertThat(listIds(everything(org), criteria().ordering(Ordering.parse("title")).build()))
                    .containsExactly(privateUse.id(), replacement.id(), clef.id());
        }

        @Test
        void list_pages_by_offset_and_count() {
            List<PrivateFile> fixture = orderFixture();
            OrgId org = fixture.get(0).org();
            for (Ordering ordering : List.of(Ordering.DEFAULT, Ordering.parse("title"), Ordering.parse("-filesize"))) {
                List<FileId> all = expectedIds(fixture, ordering);
                for (Paging paging : List.of(new Paging(0, 3), new Paging(3, 3), new Paging(all.size() - 2, 3),
                        new Paging(all.size(), 3), new Paging(all.size() + 5, 3), new Paging(2, 0), new Paging(0, 1000))) {
                    int from = (int) Math.min(paging.offset(), all.size());
                    int to = (int) Math.min(paging.offset() + paging.count(), all.size());
                    assertThat(listIds(everything(org), criteria().ordering(ordering).paging(paging).build()))
                            .as("%s, %s", ordering, paging)
                            .isEqualTo(all.subList(from, to));
                }
            }
        }
    }

    /** Counts: as many as the listing holds, whatever the paging. */
    @Nested
    class Counts {
        @Test
        void counts_follow_every_insert_delete_and_change_of_tags() {
            OrgId org = newOrg();
            OrgId otherOrg = newOrg();
            FileTag tag = newTag(false);
            FileTag other = newTag(false);
            PrivateFile tagged = insert(newFile(org, newUser()).tags(List.of(tag)));
            PrivateFile both = insert(newFile(org, newUser()).tags(List.of(tag, other)));
            PrivateFile untagged = insert(newFile(org, newUser()));
            insert(newFile(otherOrg, newUser()).tags(List.of(tag)));
            FileCriteria withTag = criteria().anyTags(tag.id()).build();
            FileCriteria withEither = criteria().anyTags(tag.id(), other.id()).build();
            assertThat(files().count(everything(org), FileCriteria.all())).isEqualTo(3);
            assertThat(files().count(everything(org), withTag)).isEqualTo(2);
            assertThat(files().count(everything(org), withEither)).isEqualTo(2);

            files().update(PrivateFileBuilder.from(untagged).tags(List.of(other)).build());
            files().update(PrivateFileBuilder.from(tagged).tags(List.of()).build());
            files().delete(both.id(), both.version());

            assertThat(files().count(everything(org), FileCriteria.all())).isEqualTo(2);
            assertThat(files().count(everything(org), withTag)).isZero();
            assertThat(files().count(everything(org), withEither)).isEqualTo(1);
            assertThat(files().count(everything(otherOrg), FileCriteria.all())).isEqualTo(1);
            assertThat(files().count(everything(otherOrg), withTag)).isEqualTo(1);
        }

        @Test
        void count_ignores_paging() {
            List<PrivateFile> fixture = orderFixture();
            OrgId org = fixture.get(0).org();

            assertThat(files().count(everything(org), criteria().paging(new Paging(2, 3)).build())).isEqualTo(fixture.size());
            assertThat(files().count(everything(org), criteria().paging(new Paging(1000, 1)).build())).isEqualTo(fixture.size());
        }
    }

    /** Streaming listings: consumed lazily, closed early. */
    @Nested
    class Streaming {
        @Test
        void a_large_listing_can_be_consumed_lazily_while_the_repository_is_used() {
            OrgId org = newOrg();
            UserId user = newUser();
            Random random = new Random(SEED);
            List<PrivateFile> inserted = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                inserted.add(insert(newFile(org, user).content(random.nextBoolean() ? content(random.nextInt(1000)) : null)
                        .modifiedDate(base.plusSeconds(random.nextInt(100)))));
            }
            List<FileId> expected = expectedIds(inserted, Ordering.DEFAULT);

            List<FileId> seen = new ArrayList<>();
            try (Stream<PrivateFile> stream = files().list(everything(org), FileCriteria.all())) {
                Iterator<PrivateFile> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    PrivateFile file = iterator.next();
                    seen.add(file.id());
                    if (seen.size() % 100 == 1) {
                        assertThat(files().find(org, file.id())).contains(file);
                        assertThat(files().count(everything(org), FileCriteria.all())).isEqualTo(600);
                    }
                }
            }

            assertThat(seen).isEqualTo(expected);
        }

        @Test
        void listings_closed_before_their_end_leave_the_repository_usable() {
            OrgId org = newOrg();
            UserId user = newUser();
            for (int i = 0; i < 50; i++) {
                insert(newFile(org, user));
            }

            for (int i = 0; i < 40; i++) {
                try (Stream<PrivateFile> stream = files().list(everything(org), FileCriteria.all())) {
                    assertThat(stream.iterator().next().org()).isEqualTo(org);
                }
            }

            assertThat(files().count(everything(org), FileCriteria.all())).isEqualTo(50);
            assertThat(listIds(everything(org), FileCriteria.all())).hasSize(50);
        }
    }

    // ---- fixtures ----

    /** A new org with a unique name. */
    protected OrgId newOrg() {
        return directory().createOrg(Unique.name("Contract Org"));
    }

    /** A new user with a unique email. */
    protected UserId newUser() {
        return directory().createUser("contract-" + Unique.suffix() + "@example.test", null, false).id();
    }

    /** A new project of the org. */
    protected ProjectId newProject(OrgId org) {
        return directory().createProject(org, Unique.name("Contract Project")).id();
    }

    /** A new tag with a unique title. */
    protected FileTag newTag(boolean export) {
        return tags().create(Unique.name(export ? "Contract Export Tag" : "Contract Tag"), export);
    }

    /** A file with a fresh id and only the required fields, created and modified at this test's base instant. */
    protected PrivateFileBuilder newFile(OrgId org, UserId user) {
        return new PrivateFileBuilder()
                .id(files().nextId())
                .org(org)
                .user(user)
                .title(Title.of("Contract file " + Unique.suffix()))
                .createdDate(base)
                .modifiedDate(base);
    }

    /** A started chunked upload without content. */
    protected PrivateFileBuilder uploading(OrgId org, UserId user) {
        return newFile(org, user).status(PrivateFile.STATUS_UPLOADING).upload(ChunkedUpload.started(Unique.name("upload")));
    }

    /** Inserts the file built; returns it. */
    protected PrivateFile insert(PrivateFileBuilder builder) {
        PrivateFile file = builder.build();
        files().insert(file);
        return file;
    }

    /** Content facts under a unique storage key. */
    protected static ContentFacts content(long size) {
        return new ContentFacts("contract-content-" + Unique.suffix(), size, randomMd5());
    }

    /** A part under a unique storage key. */
    protected static UploadPart part(int number, long size) {
        return new UploadPart(number, size, randomMd5(), "contract-part-" + Unique.suffix());
    }

    protected static String randomMd5() {
        return Md5.hexOf(UUID.randomUUID().toString());
    }

    /** Every file of the org, export-tagged ones included. */
    protected static ReadScope everything(OrgId org) {
        return new ReadScope(org, false, true, null, false, Set.of(), true);
    }

    /** The ids a listing returns, in order; the stream is closed. */
    protected List<FileId> listIds(ReadScope scope, FileCriteria criteria) {
        try (Stream<PrivateFile> stream = files().list(scope, criteria)) {
            return stream.map(PrivateFile::id).toList();
        }
    }

    protected static List<FileId> expectedIds(List<PrivateFile> files, Ordering ordering) {
        return files.stream().sorted(FileOrder.comparator(ordering)).map(PrivateFile::id).toList();
    }

    protected static CriteriaBuilder criteria() {
        return new CriteriaBuilder();
    }

    /** Builds {@link FileCriteria} one filter at a time. */
    protected static final class CriteriaBuilder {
        private Optional<ProjectId> project = Optional.empty();
        private Optional<UserId> user = Optional.empty();
        private Set<FileTagId> anyTags = Set.of();
        private Set<FileTagId> excludedTags = Set.of();
        private SearchTerms search = SearchTerms.NONE;
        private Ordering ordering = Ordering.DEFAULT;
        private Optional<Paging> paging = Optional.empty();

        public CriteriaBuilder project(ProjectId v) { project = Optional.of(v); return this; }
        public CriteriaBuilder user(UserId v) { user = Optional.of(v); return this; }
        public CriteriaBuilder anyTags(FileTagId... v) { anyTags = Set.copyOf(List.of(v)); return this; }
        public CriteriaBuilder excludedTags(FileTagId... v) { excludedTags = Set.copyOf(List.of(v)); return this; }
        public CriteriaBuilder search(SearchTerms v) { search = v; return this; }
        public CriteriaBuilder search(String term) { search = new SearchTerms(List.of(term)); return this; }
        public CriteriaBuilder ordering(Ordering v) { ordering = v; return this; }
        public CriteriaBuilder paging(Paging v) { paging = Optional.of(v); return this; }

        public FileCriteria build() {
            return new FileCriteria(project, user, anyTags, excludedTags, search, ordering, paging);
        }
    }

    // ---- private helpers ----

    /** The listing and the count of the org's files under the criteria are exactly the expected files, in FileOrder. */
    private void assertFilter(OrgId org, CriteriaBuilder builder, PrivateFile... expected) {
        FileCriteria criteria = builder.build();
        List<FileId> ids = expectedIds(List.of(expected), criteria.ordering());
        assertThat(listIds(everything(org), criteria)).as("%s", criteria).isEqualTo(ids);
        assertThat(files().count(everything(org), criteria)).as("count %s", criteria).isEqualTo(expected.length);
        try (Stream<PrivateFile> stream = files().list(everything(org), criteria)) {
            assertThat(stream.toList()).as("%s", criteria).containsExactlyInAnyOrder(expected);
        }
    }

    /** A file with the field set finds it by the term; a file with every other searchable field set does not. */
    private void assertSearchFinds(UnaryOperator<PrivateFileBuilder> setField, String term) {
        OrgId org = newOrg();
        UserId user = newUser();
        PrivateFile hit = insert(setField.apply(newFile(org, user)));
        insert(newFile(org, user)
                .systemUuid(UUID.randomUUID())
                .inputData("{\"other\":\"" + Unique.suffix() + "\"}")
                .inputDataHash(randomMd5())
                .content(content(5))
                .status("other-" + Unique.suffix())
                .statusMessage("other " + Unique.suffix()));

        assertFilter(org, criteria().search(term), hit);
    }

    /** ~16 files of one new org with ties, nulls and varied values in every order field. */
    private List<PrivateFile> orderFixture() {
        OrgId org = newOrg();
        UserId user = newUser();
        String[] titles = {"b", "B", "a", "a", "Z", "\u00e9", "_x", "10", "9", "a b", "ab", "a", "\u00c9", "z", "b", "~"};
        String[] statuses = {"created", null, "Created", "uploading", null, "created", "a", null, "z", "created", "_", "B", null, "b", "created", "\u00e9"};
        Long[] sizes = {10L, null, 0L, 10L, 5000000000L, null, 3L, 10L, null, 7L, 0L, 999L, null, 10L, 1L, 2L};
        int[] created = {5, 3, 5, 1, 0, 9, 5, 2, 7, 3, 8, 5, 6, 4, 0, 1};
        int[] modified = {2, 2, 0, 9, 4, 4, 7, 2, 1, 3, 6, 8, 5, 2, 0, 9};
        List<PrivateFile> fixture = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            fixture.add(insert(newFile(org, user)
                    .title(Title.of(titles[i]))
                    .status(statuses[i])
                    .content(sizes[i] == null ? null : content(sizes[i]))
                    .createdDate(base.plusSeconds(created[i]).plus(i % 3, ChronoUnit.MICROS))
                    .modifiedDate(base.plus(modified[i], ChronoUnit.MICROS))));
        }
        return fixture;
    }

    private void assertOrderedBothWays(OrderField field) {
        assertOrderedBothWays(orderFixture(), field);
    }

    /** Records a part at the file's stored version, keeping its modified date. */
    private Optional<UploadPart> putPart(FileId id, UploadPart part) {
        PrivateFile stored = files().find(id).orElseThrow();
        return files().putPart(id, stored.version(), part, stored.modifiedDate());
    }

    /** Lists the fixture by the field ascending, then descending; answers both id lists. */
    private List<List<FileId>> assertOrderedBothWays(List<PrivateFile> fixture, OrderField field) {
        OrgId org = fixture.get(0).org();
        List<List<FileId>> results = new ArrayList<>();
        for (boolean descending : List.of(false, true)) {
            Ordering ordering = new Ordering(List.of(new SortKey(field, descending)));
            List<FileId> listed = listIds(everything(org), criteria().ordering(ordering).build());
            assertThat(listed).as("ordering %s", ordering).isEqualTo(expectedIds(fixture, ordering));
            results.add(listed);
        }
        return results;
    }

    private static PrivateFile byId(List<PrivateFile> files, FileId id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertSameIds(String context, List<FileId> actual, List<FileId> expected) {
        if (actual.equals(expected)) {
            return;
        }
        Set<FileId> missing = new LinkedHashSet<>(expected);
        actual.forEach(missing::remove);
        Set<FileId> unexpected = new LinkedHashSet<>(actual);
        expected.forEach(unexpected::remove);
        int firstDifference = 0;
        while (firstDifference < Math.min(actual.size(), expected.size())
                && actual.get(firstDifference).equals(expected.get(firstDifference))) {
            firstDifference++;
        }
        fail("%s: listed %d files, expected %d; missing %s; unexpected %s; duplicates: %s; first difference at index %d",
                context, actual.size(), expected.size(), first(missing), first(unexpected),
                actual.size() != new HashSet<>(actual).size(), firstDifference);
    }

    private static String first(Set<FileId> ids) {
        return ids.stream().limit(20).map(FileId::toString).collect(Collectors.joining(", ", "[", ids.size() > 20 ? ", ...]" : "]"));
    }

    private PrivateFileBuilder randomFile(Random random, OrgId org, List<UserId> owners, List<ProjectId> projects,
                                          List<FileTag> fileTags) {
        List<FileTag> chosen = new ArrayList<>();
        for (FileTag tag : fileTags) {
            if (random.nextInt(100) < (tag.export() ? 15 : 20)) {
                chosen.add(tag);
            }
        }
        Instant modified = base.plusSeconds(random.nextInt(600));
        return newFile(org, owners.get(random.nextInt(owners.size())))
                .project(random.nextInt(4) == 0 ? null : projects.get(random.nextInt(projects.size())))
                .tags(chosen)
                .content(random.nextInt(5) == 0 ? null : content(random.nextInt(10_000)))
                .status(random.nextInt(4) == 0 ? null : List.of("created", "uploading", "reviewed").get(random.nextInt(3)))
                .title(Title.of(List.of("plan", "Plan", "report", "photo", "z").get(random.nextInt(5)) + " " + random.nextInt(50)))
                .createdDate(modified.minusSeconds(random.nextInt(600)))
                .modifiedDate(modified);
    }

    private static Actor randomActor(Random random, OrgId org, List<UserId> users, List<ProjectId> projects) {
        UserId user = users.get(random.nextInt(users.size()));
        if (random.nextInt(10) == 0) {
            return Actor.nonMember(user, org);
        }
        Membership membership = new Membership(org, user,
                random.nextInt(8) == 0 ? Role.CUSTOMER : Role.PRO,
                random.nextInt(5) == 0,
                random.nextBoolean(),
                random.nextInt(3) == 0 ? ProjectScope.ALL : ProjectScope.ASSIGNED,
                random.nextBoolean() ? AccessLevel.VIEW : AccessLevel.EDIT);
        Map<ProjectId, AccessLevel> assignments = new HashMap<>();
        for (ProjectId project : projects) {
            if (random.nextInt(10) < 3) {
                assignments.put(project, random.nextBoolean() ? AccessLevel.VIEW : AccessLevel.EDIT);
            }
        }
        return Actor.member(membership, assignments);
    }

    private static FileCriteria randomCriteria(Random random, List<UserId> owners, List<ProjectId> projects, List<FileTag> fileTags) {
        CriteriaBuilder builder = criteria();
        if (random.nextInt(10) < 3) {
            builder.project(projects.get(random.nextInt(projects.size())));
        }
        if (random.nextInt(10) < 3) {
            builder.user(owners.get(random.nextInt(owners.size())));
        }
        if (random.nextInt(10) < 3) {
            builder.anyTags(fileTags.get(random.nextInt(fileTags.size())).id(), fileTags.get(random.nextInt(fileTags.size())).id());
        }
        if (random.nextInt(10) < 3) {
            builder.excludedTags(fileTags.get(random.nextInt(fileTags.size())).id());
        }
        if (random.nextInt(10) < 2) {
            builder.search(new SearchTerms(List.of(List.of("plan", "REPORT", "1", "created", "view").get(random.nextInt(5)))));
        }
        List<SortKey> keys = new ArrayList<>();
        List<OrderField> fields = new ArrayList<>(List.of(OrderField.values()));
        Collections.shuffle(fields, random);
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            keys.add(new SortKey(fields.get(i), random.nextBoolean()));
        }
        builder.ordering(new Ordering(keys));
        if (random.nextInt(10) < 3) {
            builder.paging(new Paging(random.nextInt(400), random.nextInt(60)));
        }
        return builder.build();
    }
}
