package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tags}: the file-tag catalogue ({@code GET /api/file_tags/}). */
@Command(name = "tags", description = "List the file tags: a table, or one JSON object per line with --json.")
final class TagsCommand implements Callable<Integer> {
    private final ClientContext context;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    TagsCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        JsonNode tags = Session.open(context).api().getJson("/api/file_tags/");
        var table = new Table("ID", "TYPE", "TITLE");
        for (JsonNode tag : tags) {
            if (json) {
                context.out().println(Json.line(tag));
            } else {
                table.row(tag.path("id").asText(), tag.path("type").asText("-"), tag.path("title").asText());
            }
        }
        if (!json) {
            table.print(context.out());
        }
        return 0;
    }
}
