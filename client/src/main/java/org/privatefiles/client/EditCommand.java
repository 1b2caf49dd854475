package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edit ID}: changes the writable fields given ({@code PATCH}); the others stay. */
@Command(name = "edit", description = "Change a file's title, project, tags, status or flags.")
final class EditCommand implements Callable<Integer> {
    private final ClientContext context;

    @Mixin
    OrgOption org;

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--title")
    String title;

    @Option(names = "--project", paramLabel = "P", description = "A project id or URL; 'none' detaches the file.")
    String project;

    @Option(names = "--tag", paramLabel = "T", description = "Replace the tags with these (title or id); repeatable.")
    List<String> tags;

    @Option(names = "--status")
    String status;

    @Option(names = "--status-message", paramLabel = "TEXT")
    String statusMessage;

    @Option(names = "--show-customer", paramLabel = "true|false", arity = "1")
    Boolean showCustomer;

    @Option(names = "--temporary", paramLabel = "true|false", arity = "1")
    Boolean temporary;

    @Option(names = "--json", description = "Print the changed file as one JSON object.")
    boolean json;

    EditCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ObjectNode patch = Json.object();
        if (title != null) {
            patch.put("title", title);
        }
        if (project != null) {
            if (project.equalsIgnoreCase("none")) {
                patch.putNull("project");
            } else {
                patch.put("project", project);
            }
        }
        if (tags != null) {
            tags.forEach(patch.putArray("file_tags")::add);
        }
        if (status != null) {
            patch.put("status", status);
        }
        if (statusMessage != null) {
            patch.put("status_message", statusMessage);
        }
        if (showCustomer != null) {
            patch.put("show_customer", showCustomer);
        }
        if (temporary != null) {
            patch.put("temporary", temporary);
        }
        if (patch.isEmpty()) {
            throw ClientFailure.badArguments("nothing to change: give at least one of --title, --project, --tag, "
                    + "--status, --status-message, --show-customer, --temporary");
        }
        Session session = Session.open(context);
        JsonNode file = session.api().patchJson(Session.files(session.org(org.org)) + id + "/", patch);
        if (json) {
            context.out().println(Json.line(file));
        }
        return 0;
    }
}
