#!/usr/bin/env bash
# Durability settings of embedded H2 (not part of the test run).
#
# For each candidate set of H2 URL settings, creates ROWS file rows (with 1-3 tags each) through
# the repository into a fresh database, from 1 and from 8 threads, and prints the create rate and
# the size of private-files.mv.db while open and after close. Candidates (CANDIDATES, by name):
#   delay100        WRITE_DELAY=100: commits reach the file up to 100 ms later (not durable)
#   delay0          WRITE_DELAY=0: every commit is written before it returns (durable)
#   delay0-ret0     WRITE_DELAY=0;RETENTION_TIME=0: same, and space of dead chunks reused at once
#   chosen-ret0     WRITE_DELAY=0;RETENTION_TIME=0 with H2StoreCompaction (session 2's choice: lost
#                   acknowledged writes on kill -9, see docs/decisions.md)
#   chosen          WRITE_DELAY=0;RETENTION_TIME=45000 with H2StoreCompaction (production's setting)
#   checkpoint      WRITE_DELAY=100 plus CHECKPOINT after every create (not in the default list:
#                   not durable when a background store runs concurrently, see docs/decisions.md)
# Environment: ROWS (100000), THREADS ("1 8"), CANDIDATES (all above), BENCH_H2_DIR (a temp
# folder), JAVA_OPTS (-Xmx1g), SKIP_BUILD (non-empty: reuse bench/target from an earlier run). Needs the project's dependencies in ~/.m2 (builds the bench module offline).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${ROWS:-100000}"
THREADS="${THREADS:-1 8}"
CANDIDATES="${CANDIDATES:-delay100 delay0 delay0-ret0 chosen}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
if [[ -n "${BENCH_H2_DIR:-}" ]]; then
    H2_DIR="$BENCH_H2_DIR"
else
    H2_DIR="$(mktemp -d -t pf-bench-durability-XXXXXX)"
    trap 'rm -rf "$H2_DIR"' EXIT
fi
OUT="$ROOT/bench/target"
COMMON=";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE"

mkdir -p "$OUT/classes"
cd "$ROOT"
# The bench module (bench/pom.xml) and what it needs, compiled by Maven; the classpath of the last module built, bench's, is kept.
[[ -n "${SKIP_BUILD:-}" ]] || mvn -B -q -o -pl bench -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -DincludeScope=runtime >/dev/null
CP="$OUT/classes:$(cat "$OUT/classpath.txt")"

for candidate in $CANDIDATES; do
    extra=""
    case "$candidate" in
        delay100) settings="$COMMON;WRITE_DELAY=100" ;;
        delay0) settings="$COMMON;WRITE_DELAY=0" ;;
        delay0-ret0) settings="$COMMON;WRITE_DELAY=0;RETENTION_TIME=0" ;;
        chosen-ret0) settings="$COMMON;WRITE_DELAY=0;RETENTION_TIME=0"; extra="compaction" ;;
        chosen) settings="$COMMON;WRITE_DELAY=0;RETENTION_TIME=45000"; extra="compaction" ;;
        checkpoint) settings="$COMMON;WRITE_DELAY=100"; extra="checkpoint" ;;
        custom) settings="${CUSTOM_SETTINGS:?set CUSTOM_SETTINGS}"; extra="${CUSTOM_EXTRA:-}" ;;
        *) echo "unknown candidate: $candidate" >&2; exit 2 ;;
    esac
    for threads in $THREADS; do
        # shellcheck disable=SC2086
        java $JAVA_OPTS -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" -cp "$CP" \
            org.privatefiles.adapter.jdbc.H2DurabilityBench "$candidate ($settings)" "$settings" "$ROWS" "$threads" \
            "$H2_DIR/$candidate-$threads" $extra
    done
done
