#!/usr/bin/env bash
# Kill rounds on embedded H2 through the persistence adapter alone (not part of the test run):
# a JVM with 8 threads creating and renaming file rows is killed with SIGKILL after 0.3-2 s, ROUNDS
# times on one database file; after each kill every acknowledged write must be there
# (org.privatefiles.adapter.jdbc.H2KillRounds). Environment: ROUNDS (default 100), SKIP_BUILD.
# Arguments (optional): the H2 URL settings instead of JdbcPersistence.H2_SETTINGS, and true/false
# for H2StoreCompaction with H2DurableCommits (default true).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/bench/target"
mkdir -p "$OUT"
cd "$ROOT"
if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn -B -q -o -pl adapter-jdbc -am test-compile dependency:build-classpath \
        -Dmdep.outputFile="$OUT/adapter-jdbc-test-classpath.txt" -Dmdep.includeScope=test >/dev/null
fi
CP="$ROOT/adapter-jdbc/target/test-classes:$ROOT/adapter-jdbc/target/classes:$(cat "$OUT/adapter-jdbc-test-classpath.txt")"
DIR="$(mktemp -d -t pf-h2-kill-XXXXXX)"
trap 'rm -rf "$DIR"' EXIT
java -cp "$CP" org.privatefiles.adapter.jdbc.H2KillRounds parent "$DIR/data" "${ROUNDS:-100}" "$@"
