package org.privatefiles.client;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rm ID...}: deletes files (or aborts their chunked uploads); goes on past a refusal and exits with the worst status. */
@Command(name = "rm", description = "Delete files.")
final class RemoveCommand implements Callable<Integer> {
    private final ClientContext context;

    @Mixin
    OrgOption org;

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Long> ids;

    RemoveCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Session session = Session.open(context);
        long orgId = session.org(org.org);
        int status = 0;
        for (long id : ids) {
            try {
                session.api().delete(Session.files(orgId) + id + "/");
            } catch (ClientFailure failure) {
                context.err().println("private-files: " + id + ": " + failure.getMessage());
                status = Math.max(status, failure.status());
            }
        }
        return status;
    }
}
