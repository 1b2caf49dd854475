package org.privatefiles.adapter.filestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ranged reads, for edge-case and seeded random offsets, lengths and read sizes, return exactly the slice that exists. */
class RangedReadTest {
    private static final int SIZE = 3 * 1024 * 1024 + 17;
    private static final byte[] CONTENT = new byte[SIZE];

    @TempDir
    static Path root;

    private static LocalDiskContentStore store;
    private static String key;

    @BeforeAll
    static void writeOnce() {
        new Random(99).nextBytes(CONTENT);
        store = new LocalDiskContentStore(root);
        key = store.write(new ByteArrayInputStream(CONTENT), Long.MAX_VALUE).key();
    }

    static Stream<Arguments> ranges() {
        var random = new Random(2024);
        Stream<Arguments> edges = Stream.of(
                Arguments.of(0L, 0L, 1), Arguments.of(0L, 1L, 1), Arguments.of(0L, Long.MAX_VALUE, 65_536),
                Arguments.of(SIZE - 1L, 1L, 7), Arguments.of((long) SIZE, 1L, 7), Arguments.of(SIZE + 1L, 10L, 7),
                Arguments.of(Long.MAX_VALUE, 10L, 7), Arguments.of(1L << 20, 1L << 20, 1 << 20), Arguments.of(5L, SIZE * 2L, 65_536), Arguments.of(100L, 1000L, 3));
        Stream<Arguments> randoms = Stream.generate(() -> Arguments.of(
                (long) random.nextInt(SIZE + 100), (long) random.nextInt(SIZE + 100), 1024 + random.nextInt(70_000))).limit(100);
        return Stream.concat(edges, randoms);
    }

    @ParameterizedTest(name = "offset {0}, length {1}, reads of {2}")
    @MethodSource("ranges")
    void a_ranged_read_returns_exactly_the_slice_that_exists(long offset, long length, int readSize) {
        int from = (int) Math.min(offset, SIZE);
        int to = (int) Math.min(SIZE, from + Math.min(length, SIZE));

        assertThat(readAll(store.open(key, offset, length), readSize)).isEqualTo(Arrays.copyOfRange(CONTENT, from, to));
    }

    private static byte[] readAll(InputStream in, int readSize) {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[readSize];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
