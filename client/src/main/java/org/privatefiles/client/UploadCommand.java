package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code upload FILE...}: a file of up to one part as one multipart POST, a larger one as a
 * resumable chunked upload; prints each new file's id (or its JSON) on stdout.
 */
@Command(name = "upload", description = "Upload files; a file larger than one part goes up in parallel parts and resumes after an interruption.")
final class UploadCommand implements Callable<Integer> {
    /** The service's minimum part size by default (API.md §7); the client never sends smaller parts. */
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;
    static final String DEFAULT_PART_SIZE = "16M";

    private final ClientContext context;

    @Mixin
    OrgOption org;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> files;

    @Option(names = "--title", description = "The title (one file only; default: the file's name).")
    String title;

    @Option(names = "--project", paramLabel = "P", description = "A project id or URL.")
    String project;

    @Option(names = "--tag", paramLabel = "T", description = "A tag (title or id); repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "Parts in flight at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--part-size", paramLabel = "SIZE", defaultValue = DEFAULT_PART_SIZE, converter = Sizes.class,
            description = "Part size, at least 5M (default: ${DEFAULT-VALUE}); a file up to this size goes up in one request.")
    long partSize;

    @Option(names = "--limit-rate", paramLabel = "SIZE", defaultValue = "0", converter = Sizes.class,
            description = "At most this many bytes per second in all (e.g. 10M; default: no limit).")
    long limitRate;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--json", description = "Print each new file as one JSON object instead of its id.")
    boolean json;

    UploadCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (title != null && files.size() > 1) {
            throw ClientFailure.badArguments("--title names one file; " + files.size() + " were given");
        }
        if (parallel < 1 || parallel > 64) {
            throw ClientFailure.badArguments("--parallel must be from 1 to 64: " + parallel);
        }
        if (partSize < MIN_PART_BYTES) {
            throw ClientFailure.badArguments("--part-size must be at least 5M, the service's minimum part size: " + partSize);
        }
        List<LocalFile> locals = files.stream().map(LocalFile::of).toList();
        Session session = Session.open(context);
        long orgId = session.org(org.org);
        var limit = new RateLimit(limitRate);
        for (LocalFile file : locals) {
            JsonNode created = upload(session, orgId, file, limit);
            context.out().println(json ? Json.line(created) : created.path("id").asText());
            context.out().flush();
        }
        return 0;
    }

    private JsonNode upload(Session session, long orgId, LocalFile file, RateLimit limit) {
        var fields = new NewFileFields(title != null ? title : file.name(), project, tags);
        try (Progress progress = Progress.of(context, quiet, file.name(), file.size(), 0)) {
            if (file.size() <= partSize) {
                return new MultipartUpload(session.api()).send(Session.files(orgId), file, fields, file.md5(), progress, limit);
            }
            var states = new UploadStates(context.uploadStateDir());
            return new ChunkedUpload(session.api(), states, context, parallel, limit).run(orgId, file, fields, partSize, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }
}
