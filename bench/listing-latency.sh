#!/usr/bin/env bash
# Listing latency on a large store (not part of the test run).
#
# Loads ROWS (default 1,000,000) private files into embedded H2 and into PostgreSQL (10 orgs,
# the 53 standard tags, random titles, statuses, owners and projects; bulk loaded with JDBC
# batches on H2 and COPY on PostgreSQL), then prints p50/p95 latency in ms of: the default first
# page of 50 (org-wide scope), a one-term search, a tag filter, ordering by filesize; and each
# query's plan (EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, EXPLAIN ANALYZE on H2).
#
# Environment: ROWS, DATABASES ("h2 postgres"), PRIVATE_FILES_BENCH_PG_URL (default: the test
# server, jdbc:postgresql://127.0.0.1:5432/test?user=postgres; a throw-away schema is created
# and dropped), BENCH_H2_DIR (default: a temp folder), JAVA_OPTS (default -Xmx2g).
# Needs the project's dependencies in ~/.m2 (it builds the bench module offline).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${ROWS:-1000000}"
DATABASES="${DATABASES:-h2 postgres}"
PG_URL="${PRIVATE_FILES_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
if [[ -n "${BENCH_H2_DIR:-}" ]]; then
    H2_DIR="$BENCH_H2_DIR"
else
    H2_DIR="$(mktemp -d -t pf-bench-h2-XXXXXX)"
    trap 'rm -rf "$H2_DIR"' EXIT
fi
JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
OUT="$ROOT/bench/target"

mkdir -p "$OUT/classes"
cd "$ROOT"
# The bench module (bench/pom.xml) and what it needs, compiled by Maven; the classpath of the last module built, bench's, is kept.
mvn -B -q -o -pl bench -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -DincludeScope=runtime
CP="$OUT/classes:$(cat "$OUT/classpath.txt")"

for db in $DATABASES; do
    case "$db" in
        h2) target="$H2_DIR" ;;
        postgres) target="$PG_URL" ;;
        *) echo "unknown database: $db" >&2; exit 2 ;;
    esac
    # shellcheck disable=SC2086
    java $JAVA_OPTS -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" -cp "$CP" \
        org.privatefiles.adapter.jdbc.ListingLatencyBench "$db" "$ROWS" "$target"
done
