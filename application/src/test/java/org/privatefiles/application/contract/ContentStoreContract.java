package org.privatefiles.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.Md5;

/**
 * Contract: what every {@link ContentStore} adapter does. Subclasses supply the store; the
 * tests never assume it is empty, but do assume nobody else writes to it while one runs
 * (the "no new key" checks compare {@link ContentStore#keys()} before and after).
 */
public abstract class ContentStoreContract {
    private static final long NO_LIMIT = Long.MAX_VALUE;

    /** The store under test; called several times per test, it must return the same store within a test. */
    protected abstract ContentStore store();

    @Test
    void write_returns_a_fresh_key_with_the_size_and_md5_of_the_bytes() {
        byte[] bytes = "hello, private files\n".getBytes(StandardCharsets.UTF_8);

        StoredContent stored = store().write(new ByteArrayInputStream(bytes), NO_LIMIT);

        assertThat(stored.key()).isNotBlank();
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.md5()).isEqualTo(md5(bytes));
        assertThat(readAll(store().open(stored.key(), 0, Long.MAX_VALUE))).isEqualTo(bytes);
    }

    @Test
    void write_of_an_empty_stream_stores_empty_content() {
        StoredContent stored = store().write(InputStream.nullInputStream(), 0);

        assertThat(stored.size()).isZero();
        assertThat(stored.md5()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(store().exists(stored.key())).isTrue();
        assertThat(store().size(stored.key())).isZero();
        assertThat(readAll(store().open(stored.key(), 0, Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void write_of_a_generated_stream_of_several_mebibytes_keeps_every_byte() {
        long length = 6L * 1024 * 1024 + 12_345;
        var source = new GeneratedStream(length, 42);

        StoredContent stored = store().write(source, NO_LIMIT);

        assertThat(stored.size()).isEqualTo(length);
        assertThat(stored.md5()).isEqualTo(source.md5());
        assertThat(store().size(stored.key())).isEqualTo(length);
        try (InputStream in = store().open(stored.key(), 0, Long.MAX_VALUE)) {
            assertThat(streamMd5(in)).isEqualTo(source.md5());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_write_gets_its_own_key_even_for_equal_bytes() {
        byte[] bytes = bytes(100, 1);

        String first = store().write(new ByteArrayInputStream(bytes), NO_LIMIT).key();
        String second = store().write(new ByteArrayInputStream(bytes), NO_LIMIT).key();

        assertThat(first).isNotEqualTo(second);
        assertThat(store().delete(first)).isTrue();
        assertThat(readAll(store().open(second, 0, Long.MAX_VALUE))).isEqualTo(bytes);
    }

    @Test
    void open_with_offset_and_length_returns_exactly_that_slice() {
        byte[] bytes = bytes(100_000, 2);
        String key = store().write(new ByteArrayInputStream(bytes), NO_LIMIT).key();

        assertThat(readAll(store().open(key, 0, 10))).isEqualTo(slice(bytes, 0, 10));
        assertThat(readAll(store().open(key, 777, 65_536))).isEqualTo(slice(bytes, 777, 65_536));
        assertThat(readAll(store().open(key, 99_999, 1))).isEqualTo(slice(bytes, 99_999, 1));
        assertThat(readAll(store().open(key, 5, 0))).isEmpty();
        assertThat(readAll(store().open(key, 12_345, Long.MAX_VALUE))).isEqualTo(slice(bytes, 12_345, 100_000 - 12_345));
    }

    @Test
    void open_past_the_end_returns_the_available_tail_or_nothing() {
        byte[] bytes = bytes(1000, 3);
        String key = store().write(new ByteArrayInputStream(bytes), NO_LIMIT).key();

        assertThat(readAll(store().open(key, 990, 100))).isEqualTo(slice(bytes, 990, 10));
        assertThat(readAll(store().open(key, 1000, 10))).isEmpty();
        assertThat(readAll(store().open(key, 5000, 10))).isEmpty();
    }

    @Test
    void size_and_exists_report_written_content() {
        byte[] bytes = bytes(4321, 4);
        String key = store().write(new ByteArrayInputStream(bytes), NO_LIMIT).key();

        assertThat(store().exists(key)).isTrue();
        assertThat(store().size(key)).isEqualTo(4321);
    }

    @Test
    void delete_removes_the_key_and_answers_false_the_second_time() {
        String key = store().write(new ByteArrayInputStream(bytes(10, 5)), NO_LIMIT).key();

        assertThat(store().delete(key)).isTrue();
        assertThat(store().delete(key)).isFalse();

        assertThat(store().exists(key)).isFalse();
        assertThat(keySet()).doesNotContain(key);
        assertThatThrownBy(() -> store().open(key, 0, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store().size(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void keys_list_every_written_key_with_when_it_was_written() {
        Instant before = Instant.now().minusSeconds(5);
        String first = store().write(new ByteArrayInputStream(bytes(10, 6)), NO_LIMIT).key();
        String second = store().write(InputStream.nullInputStream(), NO_LIMIT).key();
        Instant after = Instant.now().plusSeconds(5);

        List<StoredKey> listed;
        try (var keys = store().keys()) {
            listed = keys.filter(k -> k.key().equals(first) || k.key().equals(second)).toList();
        }

        assertThat(listed).extracting(StoredKey::key).containsExactlyInAnyOrder(first, second);
        assertThat(listed).allSatisfy(k -> assertThat(k.lastModified()).isNotNull().isBetween(before, after));
    }

    @Test
    void write_of_more_than_max_bytes_is_too_large_and_keeps_nothing() {
        Set<String> before = keySet();

        Throwable thrown = catchThrowable(() -> store().write(new GeneratedStream(1001, 7), 1000));

        assertThat(thrown).isInstanceOf(TooLargeException.class);
        assertThat(((TooLargeException) thrown).maxBytes()).isEqualTo(1000);
        assertThat(keySet()).isEqualTo(before);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void write_of_an_endless_stream_stops_at_max_bytes() {
        Set<String> before = keySet();
        InputStream endless = new GeneratedStream(Long.MAX_VALUE, 8);

        assertThatThrownBy(() -> store().write(endless, 3L * 1024 * 1024)).isInstanceOf(TooLargeException.class);

        assertThat(keySet()).isEqualTo(before);
    }

    @Test
    void write_of_exactly_max_bytes_succeeds() {
        var source = new GeneratedStream(1000, 9);

        StoredContent stored = store().write(source, 1000);

        assertThat(stored.size()).isEqualTo(1000);
        assertThat(stored.md5()).isEqualTo(source.md5());
        assertThat(store().size(stored.key())).isEqualTo(1000);
    }

    @Test
    void join_concatenates_the_keys_in_order_into_a_new_key_with_the_md5_of_the_whole() {
        byte[] a = bytes(70_000, 10);
        byte[] b = new byte[0];
        byte[] c = bytes(1234, 11);
        List<String> keys = new ArrayList<>();
        for (byte[] part : List.of(c, b, a)) {
            keys.add(store().write(new ByteArrayInputStream(part), NO_LIMIT).key());
        }
        byte[] whole = concat(c, b, a);

        StoredContent joined = store().join(keys, NO_LIMIT);

        assertThat(joined.key()).isNotIn(keys);
        assertThat(joined.size()).isEqualTo(whole.length);
        assertThat(joined.md5()).isEqualTo(md5(whole));
        assertThat(readAll(store().open(joined.key(), 0, Long.MAX_VALUE))).isEqualTo(whole);
        assertThat(keys).allSatisfy(k -> assertThat(store().exists(k)).isTrue());
    }

    @Test
    void join_of_more_than_max_bytes_is_too_large_and_keeps_nothing() {
        List<String> keys = List.of(
                store().write(new ByteArrayInputStream(bytes(1500, 12)), NO_LIMIT).key(),
                store().write(new ByteArrayInputStream(bytes(1500, 13)), NO_LIMIT).key());
        Set<String> before = keySet();

        assertThatThrownBy(() -> store().join(keys, 2999)).isInstanceOf(TooLargeException.class);

        assertThat(keySet()).isEqualTo(before);
    }

    @Test
    void open_of_an_unknown_key_is_not_found() {
        String key = store().write(new ByteArrayInputStream(bytes(10, 14)), NO_LIMIT).key();
        store().delete(key);

        assertThatThrownBy(() -> store().open(key, 0, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void size_of_an_unknown_key_is_not_found_and_it_does_not_exist() {
        String key = store().write(new ByteArrayInputStream(bytes(10, 15)), NO_LIMIT).key();
        store().delete(key);

        assertThatThrownBy(() -> store().size(key)).isInstanceOf(NotFoundException.class);
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void keys_that_try_to_escape_the_store_are_refused_and_nothing_outside_is_touched() throws IOException {
        Path outside = Files.createTempFile("content-store-contract-outside-", ".txt");
        try {
            Files.writeString(outside, "outside the store");
            String absolute = outside.toAbsolutePath().toString();
            List<String> hostile = List.of("../x", "/etc/passwd", "a/../../b", "..", ".", "", "../", "./../x",
                    "..\\x", "a/../../../../../../../../etc/passwd", absolute,
                    "../".repeat(40) + absolute.substring(1), "x/" + "../".repeat(40) + absolute.substring(1));
            for (String key : hostile) {
                assertThatThrownBy(() -> store().open(key, 0, Long.MAX_VALUE)).as("open(%s)", key)
                        .isInstanceOfAny(NotFoundException.class, IllegalArgumentException.class);
                assertThatThrownBy(() -> store().size(key)).as("size(%s)", key)
                        .isInstanceOfAny(NotFoundException.class, IllegalArgumentException.class);
                assertThat(falseOrRefused(() -> store().exists(key))).as("exists(%s)", key).isTrue();
                assertThat(falseOrRefused(() -> store().delete(key))).as("delete(%s)", key).isTrue();
            }
            assertThat(Files.readString(outside)).isEqualTo("outside the store");
            assertThat(store().isAvailable()).isTrue();
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void write_whose_source_fails_midway_is_an_io_failure_and_keeps_nothing() {
        Set<String> before = keySet();
        InputStream failing = new GeneratedStream(10L * 1024 * 1024, 16) {
            @Override
            protected void beforeRead(long position) throws IOException {
                if (position >= 300_000) {
                    throw new IOException("connection reset by the contract test");
                }
            }
        };

        assertThatThrownBy(() -> store().write(failing, NO_LIMIT)).isInstanceOf(UncheckedIOException.class);

        assertThat(keySet()).isEqualTo(before);
    }

    @Test
    void removing_unfinished_writes_keeps_complete_content() {
        byte[] bytes = bytes(5000, 17);
        String key = store().write(new ByteArrayInputStream(bytes), NO_LIMIT).key();

        int removed = store().removeUnfinishedWritesBefore(Instant.now().plus(Duration.ofDays(1)));

        assertThat(removed).isNotNegative();
        assertThat(store().exists(key)).isTrue();
        assertThat(keySet()).contains(key);
        assertThat(readAll(store().open(key, 0, Long.MAX_VALUE))).isEqualTo(bytes);
    }

    @Test
    void store_is_available() {
        assertThat(store().isAvailable()).isTrue();
    }

    // ---- helpers ----

    private Set<String> keySet() {
        try (var keys = store().keys()) {
            return keys.map(StoredKey::key).collect(Collectors.toCollection(HashSet::new));
        }
    }

    private interface BooleanCall {
        boolean call();
    }

    /** True when the call answered false or refused the key with NotFoundException/IllegalArgumentException. */
    private static boolean falseOrRefused(BooleanCall call) {
        try {
            return !call.call();
        } catch (NotFoundException | IllegalArgumentException e) {
            return true;
        }
    }

    protected static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    protected static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String md5(byte[] bytes) {
        MessageDigest digest = Md5.newDigest();
        digest.update(bytes);
        return Md5.hex(digest);
    }

    private static String streamMd5(InputStream in) throws IOException {
        MessageDigest digest = Md5.newDigest();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return Md5.hex(digest);
    }

    private static byte[] slice(byte[] bytes, int offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, offset, out, 0, length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * A stream of {@code length} pseudo-random bytes made on the fly (never held in memory),
     * which computes the MD5 of what it handed out.
     */
    protected static class GeneratedStream extends InputStream {
        private final long length;
        private final Random random;
        private final MessageDigest digest = Md5.newDigest();
        private final byte[] block = new byte[8192];
        private int blockPos = block.length;
        private long position;
        private String md5;

        protected GeneratedStream(long length, long seed) {
            this.length = length;
            this.random = new Random(seed);
        }

        /** Hook for failing streams. */
        protected void beforeRead(long position) throws IOException {
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            beforeRead(position);
            if (position >= length) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (blockPos == block.length) {
                random.nextBytes(block);
                blockPos = 0;
            }
            int n = (int) Math.min(Math.min(len, block.length - blockPos), length - position);
            System.arraycopy(block, blockPos, b, off, n);
            digest.update(block, blockPos, n);
            blockPos += n;
            position += n;
            return n;
        }

        /** MD5 hex of the bytes read so far (ask only after the stream was read to its end). */
        public String md5() {
            if (md5 == null) {
                md5 = Md5.hex(digest);
            }
            return md5;
        }
    }
}
