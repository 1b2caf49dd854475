package org.privatefiles.adapter.filestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Early flushes run one at a time and a failed one is reported, never swallowed. */
class BackgroundFlushTest {
    @TempDir
    Path temp;

    @Test
    void a_failed_early_flush_is_reported_when_closing() throws IOException {
        FileChannel channel = FileChannel.open(temp.resolve("f"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        channel.close();
        var flush = new BackgroundFlush(channel);

        assertThat(flush.startIfIdle()).isTrue();

        assertThatThrownBy(flush::close).isInstanceOf(IOException.class).hasMessageContaining("early flush");
    }

    @Test
    void closing_without_any_flush_started_succeeds() throws IOException {
        try (FileChannel channel = FileChannel.open(temp.resolve("f"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            new BackgroundFlush(channel).close();
        }
    }
}
