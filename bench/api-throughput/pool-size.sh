#!/usr/bin/env bash
# How many PostgreSQL connections a retrieve wants (sizes JdbcPersistence's pool): pgbench runs the
# two statements of a steady-state retrieve (retrieve.pgbench) on the database api-throughput.sh
# seeded, at several client counts, and prints transactions (retrieves) per second for each.
# (Simple protocol: the keys' colons read as pgbench variables under -M prepared.)
# Environment: BENCH_DB (default hotpath), CLIENTS (default "1 2 4 8 16 32"), SECONDS_EACH (default 10).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
for c in ${CLIENTS:-1 2 4 8 16 32}; do
    tps="$(pgbench -n -M simple -f "$HERE/retrieve.pgbench" -c "$c" -j "$(( c < 2 ? 1 : 2 ))" -T "${SECONDS_EACH:-10}" "${BENCH_DB:-hotpath}" \
        | awk '/^tps/ {print $3; exit}')"
    printf 'clients %-3s %10s retrieves/s (throttle_acquire + file row)\n' "$c" "$tps"
done
