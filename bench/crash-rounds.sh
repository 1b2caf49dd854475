#!/usr/bin/env bash
# Crash rounds (not part of the test run; the suite's H2/PostgresCrashRecoveryIT run 3 rounds each).
#
# Builds the jar, then for each database runs ROUNDS rounds of: serve (own JVM, free port), 8
# client threads creating files (multipart), patching titles and uploading chunked parts, SIGKILL
# of the JVM at a random moment, restart on the same data, and a check of everything that got a
# 2xx before the kill (file listed with its bytes and MD5, last acknowledged title, parts listed)
# and of every listed file's content (downloads whole, with its listed size and MD5). Prints the
# counts: 2xx seen, checks made, lost. Exits 1 when anything was lost.
#
# Environment: ROUNDS (10), DATABASES ("h2 postgres"), PRIVATE_FILES_TEST_PG_URL (default: the
# test server, jdbc:postgresql://127.0.0.1:5432/test?user=postgres; a throw-away schema is made
# and dropped), SKIP_BUILD (non-empty: reuse the jar and test classes of an earlier build),
# CRASH_H2_SETTINGS (replaces the H2 URL settings, e.g.
# ";LOCK_TIMEOUT=10000;WRITE_DELAY=100;DB_CLOSE_ON_EXIT=FALSE" for the setting before issue 8).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-10}"
DATABASES="${DATABASES:-h2 postgres}"
OUT="$ROOT/bench/target"
mkdir -p "$OUT"
cd "$ROOT"
if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn -B -q -o -pl bootstrap -am package -DskipTests dependency:build-classpath \
        -Dmdep.outputFile="$OUT/bootstrap-test-classpath.txt" -DincludeScope=test >/dev/null
fi
CP="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$OUT/bootstrap-test-classpath.txt")"
status=0
for db in $DATABASES; do
    java -Dprivatefiles.jar="$ROOT/bootstrap/target/private-files.jar" -cp "$CP" \
        org.privatefiles.bootstrap.CrashRounds "$db" "$ROUNDS" || status=1
done
exit $status
