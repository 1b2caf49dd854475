#!/usr/bin/env bash
# Kill rounds on embedded H2 through the persistence adapter alone (not part of the test run):
# a JVM with 8 threads creating and renaming file rows is killed with SIGKILL after 0.3-2 s, ROUNDS
# times on one database file; after each kill every acknowledged write must be there
# (org.privatefiles.adapter.jdbc.H2KillRounds). Environment: ROUNDS (default 100), SKIP_BUILD.
# Arguments (optional): the H2 URL settings instead of JdbcPersistence.H2_SETTINGS, and true/false
# for H2StoreCompaction with H2DurableCommits (default true).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/bench/lib/adapter-jdbc-tests.sh"
adapter_jdbc_test_classpath
DIR="$(mktemp -d -t pf-h2-kill-XXXXXX)"
trap 'rm -rf "$DIR"' EXIT
java -cp "$CP" org.privatefiles.adapter.jdbc.H2KillRounds parent "$DIR/data" "${ROUNDS:-100}" "$@"
