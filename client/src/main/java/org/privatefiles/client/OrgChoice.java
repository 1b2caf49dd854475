package org.privatefiles.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Finds the orgs in which the token's user is a pro member. The API has no list of a user's orgs,
 * and answers 403 alike for an org one is not a pro of and for an org that does not exist, so
 * the ids are looked at in windows of {@value #WINDOW} ({@code GET /api/orgs/N/}, not throttled),
 * one window after another while the last one held any of the user's orgs.
 */
final class OrgChoice {
    static final int WINDOW = 16;

    private OrgChoice() {
    }

    static List<Long> discover(Api api) {
        List<Long> found = new ArrayList<>();
        for (long first = 1; ; first += WINDOW) {
            List<CompletableFuture<Integer>> probes = new ArrayList<>();
            for (long id = first; id < first + WINDOW; id++) {
                probes.add(api.statusOf("/api/orgs/" + id + "/"));
            }
            List<Long> inWindow = new ArrayList<>();
            for (int i = 0; i < probes.size(); i++) {
                if (status(probes.get(i)) == 200) {
                    inWindow.add(first + i);
                }
            }
            found.addAll(inWindow);
            if (inWindow.isEmpty()) {
                return found;
            }
        }
    }

    private static int status(CompletableFuture<Integer> probe) {
        try {
            return probe.join();
        } catch (CompletionException e) {
            throw ClientFailure.transfer("cannot look up the orgs: " + Api.describe(e.getCause()), e.getCause());
        }
    }

    /** The only one of the orgs, else a bad-arguments failure that asks for {@code --org}. */
    static long only(List<Long> orgs) {
        if (orgs.size() == 1) {
            return orgs.get(0);
        }
        if (orgs.isEmpty()) {
            throw ClientFailure.badArguments("this user is a pro member of no org that the client could find; give --org ID");
        }
        throw ClientFailure.badArguments("this user is a pro member of several orgs ("
                + orgs.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "); choose one with --org ID");
    }
}
