package org.privatefiles.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ls}: the files of the org with the list filters of API.md §5, as a table or one JSON object per line. */
@Command(name = "ls", description = "List files: a table, or one JSON object per line with --json.")
final class ListCommand implements Callable<Integer> {
    private final ClientContext context;

    @Mixin
    OrgOption org;

    @Option(names = "--project", paramLabel = "P", description = "Only files of this project (id or URL).")
    String project;

    @Option(names = "--user", paramLabel = "ID", description = "Only files created by this user.")
    Long user;

    @Option(names = "--tag", paramLabel = "T", description = "Only files with any of these tags (title or id); repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--exclude-tag", paramLabel = "T", description = "Leave out files with any of these tags; repeatable.")
    List<String> excludedTags = new ArrayList<>();

    @Option(names = "--search", paramLabel = "S", description = "Full-text search (every term must match).")
    String search;

    @Option(names = "--ordering", paramLabel = "F", description = "e.g. -created_date, title, filesize (comma-separated).")
    String ordering;

    @Option(names = "--limit", paramLabel = "N", description = "At most N files (1..1000).")
    Integer limit;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    ListCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw ClientFailure.badArguments("--limit must be from 1 to 1000: " + limit);
        }
        Session session = Session.open(context);
        long orgId = session.org(org.org);
        Api api = session.api();
        HttpResponse<InputStream> response = api.stream(api.request(Session.files(orgId) + Api.query(parameters())).GET().build());
        var table = new FileTable();
        try (InputStream body = response.body()) {
            if (response.statusCode() >= 400) {
                throw ClientFailure.refused(Refusals.describe(response.statusCode(), body.readAllBytes()));
            }
            JsonStream.eachObject(body, file -> {
                if (json) {
                    context.out().println(JsonStream.copy(file));
                } else {
                    table.add(file);
                }
            });
        } catch (IOException e) {
            throw ClientFailure.transfer("the list broke off: " + Api.describe(e), e);
        }
        if (!json) {
            table.print(context.out());
        }
        return 0;
    }

    private Map<String, List<String>> parameters() {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (project != null) {
            parameters.put("project", List.of(project));
        }
        if (user != null) {
            parameters.put("user_id", List.of(user.toString()));
        }
        if (!tags.isEmpty()) {
            parameters.put("file_tags", tags);
        }
        if (!excludedTags.isEmpty()) {
            parameters.put("file_tags_exclude", excludedTags);
        }
        if (search != null) {
            parameters.put("search", List.of(search));
        }
        if (ordering != null) {
            parameters.put("ordering", List.of(ordering));
        }
        if (limit != null) {
            parameters.put("limit", List.of(limit.toString()));
            parameters.put("page", List.of("1"));
        }
        return parameters;
    }
}
