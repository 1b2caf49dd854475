package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;

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
            Resumable resumable = new Resumable.Finder(api, states, context).find(org, file, filesPath, wholeMd5);
            if (resumable.finished().isPresent()) {
                return resumable.finished().get();
            }
            UploadState state = resumable.state() != null ? resumable.state() : start(org, file, fields, partSize, filesPath);
            String filePath = filesPath + state.fileId() + "/";
            List<String> etags = sendMissingParts(pool, file, state, filePath, resumable.held(), progress);
            JsonNode completed = api.postJson(filePath + "complete/", partList(etags));
            states.delete(state);
            String local = Futures.join(wholeMd5);
            if (!local.equals(completed.path("file_hash").asText())) {
                throw ClientFailure.transfer("file " + state.fileId() + ": the service's file_hash "
                        + completed.path("file_hash").asText() + " is not the MD5 of " + file.path() + " (" + local + ")", null);
            }
            return completed;
        } finally {
            pool.shutdownNow();
        }
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
        var slots = new Semaphore(parallel);
        for (int n = 1; n <= count; n++) {
            int number = n;
            long offset = (n - 1) * partSize;
            long length = Math.min(partSize, file.size() - offset);
            Futures.acquire(slots);
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
            if (sent.stream().anyMatch(Futures::failed)) {
                break;
            }
        }
        List<String> etags = new ArrayList<>();
        for (Future<String> part : sent) {
            etags.add(Futures.join(part));
        }
        return etags;
    }

    private static ObjectNode partList(List<String> etags) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("parts");
        for (int i = 0; i < etags.size(); i++) {
            list.addObject().put("part_number", i + 1).put("etag", etags.get(i));
        }
        return body;
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "private-files-upload");
            thread.setDaemon(true);
            return thread;
        };
    }
}
