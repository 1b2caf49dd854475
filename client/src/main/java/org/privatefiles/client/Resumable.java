package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * What a chunked upload finds when it begins: an upload to go on with (its state and the etags of
 * the parts the service holds), one that had already finished, or nothing to resume.
 */
record Resumable(UploadState state, Map<Integer, String> held, Optional<JsonNode> finished) {
    static final Resumable NONE = new Resumable(null, Map.of(), Optional.empty());

    /**
     * Looks up the stored state of a local file and asks the service about it: a file that changed
     * since starts over (its stale upload deleted), an upload the service no longer has starts over.
     */
    static final class Finder {
        private final Api api;
        private final UploadStates states;
        private final ClientContext context;

        Finder(Api api, UploadStates states, ClientContext context) {
            this.api = api;
            this.states = states;
            this.context = context;
        }

        Resumable find(long org, LocalFile file, String filesPath, Future<String> wholeMd5) {
            Optional<UploadState> found = states.find(api.server(), org, file.path());
            if (found.isEmpty()) {
                return NONE;
            }
            UploadState state = found.get();
            if (!state.sameLocalFile(file.size(), file.modified())) {
                context.err().println("private-files: " + file.path() + " changed since upload " + state.fileId()
                        + " began; aborting that upload and starting over");
                abort(filesPath + state.fileId() + "/");
                states.delete(state);
                return NONE;
            }
            JsonNode held;
            try {
                held = api.getJson(filesPath + state.fileId() + "/");
            } catch (ClientFailure gone) {
                if (gone.status() != ClientFailure.REFUSED) {
                    throw gone;
                }
                states.delete(state);
                return NONE;
            }
            if (!"uploading".equals(held.path("status").asText()) || !held.hasNonNull("upload_id")) {
                // Completed before the client could forget it (killed right after completing): done if it is this file.
                states.delete(state);
                return held.path("file_hash").asText().equals(Futures.join(wholeMd5))
                        ? new Resumable(state, Map.of(), Optional.of(held)) : NONE;
            }
            Map<Integer, String> etags = new HashMap<>();
            held.path("parts").forEach(part -> etags.put(part.path("part_number").asInt(), part.path("etag").asText()));
            context.err().println("private-files: resuming upload " + state.fileId() + " of " + file.path()
                    + " (" + etags.size() + " parts held by the service)");
            return new Resumable(state, etags, Optional.empty());
        }

        /** Deletes the stale upload; one the service no longer has is fine. */
        private void abort(String filePath) {
            try {
                api.delete(filePath);
            } catch (ClientFailure refused) {
                if (refused.status() != ClientFailure.REFUSED) {
                    throw refused;
                }
            }
        }
    }
}
