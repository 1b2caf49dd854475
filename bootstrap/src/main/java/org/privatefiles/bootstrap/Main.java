package org.privatefiles.bootstrap;

import org.privatefiles.client.ClientMain;

/** Entry point of {@code private-files.jar}: runs the command line, then exits with its status or serves until stopped. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Client commands (login, ls, upload, ...) talk HTTP to a service: handed over before any server class loads.
        if (ClientMain.handles(args)) {
            System.exit(ClientMain.execute(System.getenv(), System.out, System.err, args));
        }
        SharedH2.listenOnLoopbackOnly();
        Outcome outcome = new Cli(System.getenv(), System.out, System.err).execute(args);
        if (outcome instanceof Outcome.Serving serving) {
            Service service = serving.service();
            Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "private-files-shutdown"));
            service.awaitStop();
        } else if (outcome instanceof Outcome.Exited exited) {
            System.exit(exited.status());
        }
    }
}
