package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A file larger than one part as a chunked upload (API.md §7) with parts sent side by side, each
 * with its Content-MD5, resumed across restarts from the parts the service holds
 * ({@link UploadStates}); completed, then held to the local MD5.
 */
final class ChunkedUpload {
    static final int MAX_PARTS = 10_000;

    private final Api api;
    private final UploadStates states;
    private final ClientContext context;
    private final PartSender parts;
    private final int parallel;

    ChunkedUpload(Api api, UploadStates states, ClientContext context, int parallel, RateLimit limit) {
        this.api = api;
        this.states = states;
        this.context = context;
        this.parts = new PartSender(api, limit);
        this.parallel = parallel;
    }

    JsonNode run(long org, LocalFile file, NewFileFields fields, long partSize, Progress progress) {
        String filesPath = Session.files(org);
        ExecutorService pool = Executors.newFixedThreadPool(parallel + 1, daemonThreads());
        try {
            Future<String> wholeMd5 = pool.submit(file::md5);
            Resumable resumable = resume(org, file, filesPath, wholeMd5);
            if (resumable.finished().isPresent()) {
                return resumable.finished().get();
            }
            UploadState state = resumable.state() != null ? resumable.state() : start(org, file, fields, partSize, filesPath);
            String filePath = filesPath + state.fileId() + "/";
            List<String> etags = sendMissingParts(pool, file, state, filePath, resumable.held(), progress);
            JsonNode completed = api.postJson(filePath + "complete/", partList(etags));
            states.delete(state);
            String local = join(wholeMd5);
            if (!local.equals(completed.path("file_hash").asText())) {
                throw ClientFailure.transfer("file " + state.fileId() + ": the service's file_hash "
                        + completed.path("file_hash").asText() + " is not the MD5 of " + file.path() + " (" + local + ")", null);
            }
            return completed;
        } finally {
            pool.shutdownNow();
        }
    }

    /** An upload to go on with (its state and the parts held), one already finished, or nothing to resume. */
    private record Resumable(UploadState state, Map<Integer, String> held, Optional<JsonNode> finished) {
        static final Resumable NONE = new Resumable(null, Map.of(), Optional.empty());
    }

    private Resumable resume(long org, LocalFile file, String filesPath, Future<String> wholeMd5) {
        Optional<UploadState> found = states.find(api.server(), org, file.path());
        if (found.isEmpty()) {
            return Resumable.NONE;
        }
        UploadState state = found.get();
        if (!state.sameLocalFile(file.size(), file.modified())) {
            context.err().println("private-files: " + file.path() + " changed since upload " + state.fileId()
                    + " began; aborting that upload and starting over");
            abort(filesPath + state.fileId() + "/");
            states.delete(state);
            return Resumable.NONE;
        }
        JsonNode held;
        try {
            held = api.getJson(filesPath + state.fileId() + "/");
        } catch (ClientFailure gone) {
            if (gone.status() != ClientFailure.REFUSED) {
                throw gone;
            }
            states.delete(state);
            return Resumable.NONE;
        }
        if (!"uploading".equals(held.path("status").asText()) || !held.hasNonNull("upload_id")) {
            states.delete(state);
            return held.path("file_hash").asText().equals(join(wholeMd5))
                    ? new Resumable(state, Map.of(), Optional.of(held)) : Resumable.NONE;
        }
        Map<Integer, String> etags = new HashMap<>();
        held.path("parts").forEach(part -> etags.put(part.path("part_number").asInt(), part.path("etag").asText()));
        context.err().println("private-files: resuming upload " + state.fileId() + " of " + file.path()
                + " (" + etags.size() + " parts held by the service)");
        return new Resumable(state, etags, Optional.empty());
    }

    private UploadState start(long org, LocalFile file, NewFileFields fields, long partSize, String filesPath) {
        long size = Math.max(partSize, (file.size() + MAX_PARTS - 1) / MAX_PARTS);
        JsonNode created = api.postJson(filesPath, fields.json());
        var state = new UploadState(api.server(), org, file.path().toString(), file.size(), file.modified(),
                created.path("id").asLong(), size);
        states.save(state);
        return state;
    }

    /** Every part's MD5 in order; the parts the service does not hold with that MD5 are sent, {@code parallel} at a time. */
    private List<String> sendMissingParts(ExecutorService pool, LocalFile file, UploadState state, String filePath,
                                          Map<Integer, String> held, Progress progress) {
        long partSize = state.partSize();
        int count = (int) Math.max(1, (file.size() + partSize - 1) / partSize);
        List<Future<String>> sent = new ArrayList<>();
        var slots = new java.util.concurrent.Semaphore(parallel);
        for (int n = 1; n <= count; n++) {
            int number = n;
            long offset = (n - 1) * partSize;
            long length = Math.min(partSize, file.size() - offset);
            acquire(slots);
            sent.add(pool.submit(() -> {
                try {
                    String md5 = Md5.hex(Md5.update(Md5.digest(), file.path(), offset, length).digest());
                    if (md5.equals(held.get(number))) {
                        progress.advance(length);
                        return md5;
                    }
                    return parts.send(filePath, number, file, offset, length, md5, progress);
                } finally {
                    slots.release();
                }
            }));
            if (sent.stream().anyMatch(f -> f.isDone() && failed(f))) {
                break;
            }
        }
        List<String> etags = new ArrayList<>();
        for (Future<String> part : sent) {
            etags.add(join(part));
        }
        return etags;
    }

    private void abort(String filePath) {
        try {
            api.delete(filePath);
        } catch (ClientFailure refused) {
            if (refused.status() != ClientFailure.REFUSED) {
                throw refused;
            }
        }
    }

    private static ObjectNode partList(List<String> etags) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("parts");
        for (int i = 0; i < etags.size(); i++) {
            list.addObject().put("part_number", i + 1).put("etag", etags.get(i));
        }
        return body;
    }

    private static boolean failed(Future<String> future) {
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void acquire(java.util.concurrent.Semaphore slots) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.transfer("interrupted", e);
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ClientFailure failure) {
                throw failure;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("cannot read the file", io);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.transfer("interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "private-files-upload");
            thread.setDaemon(true);
            return thread;
        };
    }
}
