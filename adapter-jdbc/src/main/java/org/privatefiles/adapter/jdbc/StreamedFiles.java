package org.privatefiles.adapter.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.privatefiles.domain.file.PrivateFile;

/**
 * A listing read lazily from an open cursor, a batch of rows at a time, so memory does not grow
 * with the number of rows. It owns the handle (and its read transaction), and releases both when
 * the stream is closed, when the rows run out, or when reading fails.
 */
final class StreamedFiles extends Spliterators.AbstractSpliterator<PrivateFile> implements AutoCloseable {
    static final int BATCH = 256;

    private final Handle handle;
    private final ResultIterator<FileRow> rows;
    private final FileAssembler assembler;
    private final ArrayDeque<PrivateFile> ready = new ArrayDeque<>();
    private boolean closed;

    private StreamedFiles(Handle handle, ResultIterator<FileRow> rows, FileAssembler assembler) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.handle = handle;
        this.rows = rows;
        this.assembler = assembler;
    }

    static Stream<PrivateFile> of(Handle handle, ResultIterator<FileRow> rows, FileAssembler assembler) {
        var files = new StreamedFiles(handle, rows, assembler);
        return StreamSupport.stream(files, false).onClose(files::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super PrivateFile> action) {
        if (ready.isEmpty() && !fill()) {
            return false;
        }
        action.accept(ready.poll());
        return true;
    }

    private boolean fill() {
        if (closed) {
            return false;
        }
        try {
            List<FileRow> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && rows.hasNext()) {
                batch.add(rows.next());
            }
            if (batch.isEmpty()) {
                close();
                return false;
            }
            ready.addAll(assembler.assemble(handle, batch));
            return true;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
        } finally {
            Handles.release(handle);
        }
    }
}
