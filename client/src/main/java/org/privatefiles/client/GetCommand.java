package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code get ID [-o FILE]}: downloads a file's content through its signed link, resuming a cut download, checked against file_hash. */
@Command(name = "get", description = "Download a file; an interrupted download resumes where it stopped.")
final class GetCommand implements Callable<Integer> {
    private final ClientContext context;

    @Mixin
    OrgOption org;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: the title, in the current folder).")
    Path output;

    @Option(names = "--limit-rate", paramLabel = "SIZE", defaultValue = "0", converter = Sizes.class,
            description = "At most this many bytes per second (default: no limit).")
    long limitRate;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    GetCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Session session = Session.open(context);
        JsonNode file = session.api().getJson(Session.files(session.org(org.org)) + id + "/");
        if (!file.hasNonNull("file_contents")) {
            throw ClientFailure.refused("file " + id + " has no content yet (its chunked upload is not complete)");
        }
        Path target = output != null ? output : Path.of(safeName(file.path("title").asText(), id));
        var download = new Download(session.api(), context, quiet, new RateLimit(limitRate));
        download.fetch(file.get("file_contents").asText(), file.path("filesize").asLong(), file.path("file_hash").asText(), target);
        context.out().println(target);
        return 0;
    }

    /** The title as a name in the current folder: its last path segment, never empty or a dot name. */
    static String safeName(String title, long id) {
        String name = title.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file-" + id : name;
    }
}
