#!/usr/bin/env bash
# API throughput on PostgreSQL with the throttle on (not part of the test run).
#
# Seeds a fresh PostgreSQL database ($BENCH_DB, default "hotpath", dropped and re-created) with
# FILES files of one org (the shape of issue 9: titles {prefix}_{n}.{ext} from 12 prefixes and 7
# extensions, status created 70 % / processing 10 % / failed 10 % / null 10 %, 0-3 of the standard
# tags, 60 % on one of 200 projects, 80 % by the org-wide pro user, 30 % with a system_uuid, 20 %
# with input_data, created over two years) and 200 more orgs with a user, a token and a file each,
# all in SQL (bench/api-throughput/seed.sql, generate_series). Then, with wrk, for each of
# CONNECTIONS (default "16 64"), prints req/s and p50/p95/p99 latency of:
#   retrieve | list limit=50 | list search=roof&limit=50 | list file_tags=Site Model&ordering=-filesize&limit=50
# in three phases: (1) throttle on at a limit that never refuses, (2) the same after ADMISSIONS
# (default 1,000,000) read admissions already in the org's and the user's windows, (3) many orgs:
# the service at its default limits, retrieves spread over the 200 orgs, each with its own token
# (bench/api-throughput/many-orgs.lua).
#
# Environment: FILES (default 100000), CONNECTIONS, DURATION (wrk -d, default 15s), WARMUP (wrk -d of
# each scenario once before the first measurement, default 10s), THREADS (wrk -t,
# default 2), ADMISSIONS, PHASES (default "fresh full many"), PGHOST/PGPORT/PGUSER (default
# 127.0.0.1/5432/postgres), JAVA_OPTS (default -Xmx1g), JAR (default bootstrap/target/private-files.jar,
# built with `mvn -B -q -DskipTests package` when missing), SERVICE_FLAGS (extra flags for serve).
# Needs wrk (apt-get install -y wrk) and psql.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$ROOT/bench/api-throughput"
FILES="${FILES:-100000}"
CONNECTIONS="${CONNECTIONS:-16 64}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}"
ADMISSIONS="${ADMISSIONS:-1000000}"
PHASES="${PHASES:-fresh full many}"
BENCH_DB="${BENCH_DB:-hotpath}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
JAR="${JAR:-$ROOT/bootstrap/target/private-files.jar}"
WORK="$(mktemp -d -t pf-api-bench-XXXXXX)"
PID=""
cleanup() {
    if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
if [[ ! -f "$JAR" ]]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package) 1>&2
fi
if [[ "$BENCH_DB" == "test" ]]; then
    echo "refusing to use the tests' database" >&2; exit 2
fi

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
URL="http://127.0.0.1:$PORT"
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB?user=$PGUSER"

token() { # the bench token of user $1 (see seed.sql)
    python3 -c "import hashlib,sys; u=sys.argv[1]; print((hashlib.md5(('t'+u).encode()).hexdigest()+hashlib.md5(('u'+u).encode()).hexdigest())[:40])" "$1"
}

start_service() { # $@: extra flags
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" serve --data-dir "$WORK/data" --db-url "$DB_URL" --port "$PORT" \
        --base-url "$URL" ${SERVICE_FLAGS:-} "$@" > "$WORK/service.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 120); do
        if curl -fsS "$URL/health" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    cat "$WORK/service.log" >&2
    echo "the service did not start" >&2
    exit 1
}

stop_service() {
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
}

run_wrk() { # $1: label, $2: connections, then wrk arguments (a -s script, or latency.lua is used)
    local label="$1" connections="$2"; shift 2
    local script=(-s "$HERE/latency.lua")
    if [[ " $* " == *" -s "* ]]; then script=(); fi
    local out
    out="$(wrk -t"$THREADS" -c"$connections" -d"$DURATION" "${script[@]}" "$@")"
    local rps p50 p95 p99 non2xx errors
    rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(sed -n 's/.*p50=\([0-9.]*ms\).*/\1/p' <<<"$out")"
    p95="$(sed -n 's/.*p95=\([0-9.]*ms\).*/\1/p' <<<"$out")"
    p99="$(sed -n 's/.*p99=\([0-9.]*ms\).*/\1/p' <<<"$out")"
    non2xx="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
    errors="$(awk '/Socket errors/ {print $0}' <<<"$out")"
    printf '%-6s %-12s c=%-3s %9s req/s  p50 %-10s p95 %-10s p99 %-10s non-2xx %-5s load %s %s\n' \
        "$PHASE" "$label" "$connections" "$rps" "$p50" "$p95" "$p99" "${non2xx:-0}" \
        "$(cut -d' ' -f1 /proc/loadavg)" "$errors"
}

warm_up() { # the JIT compiles the request path before anything is measured (WARMUP per scenario)
    local auth="Authorization: Token $(token 1)" file=$((FILES / 2)) base="$URL/api/orgs/1/private_files"
    for path in "$file/" "?limit=50" "?search=roof&limit=50" "?file_tags=Site%20Model&ordering=-filesize&limit=50"; do
        wrk -t"$THREADS" -c16 -d"$WARMUP" -H "$auth" "$base/$path" >/dev/null
    done
}

scenarios() { # the four scenarios of issue 9 for org 1 as user 1
    local auth="Authorization: Token $(token 1)" file=$((FILES / 2))
    for c in $CONNECTIONS; do
        run_wrk retrieve "$c" -H "$auth" "$URL/api/orgs/1/private_files/$file/"
        run_wrk list "$c" -H "$auth" "$URL/api/orgs/1/private_files/?limit=50"
        run_wrk search "$c" -H "$auth" "$URL/api/orgs/1/private_files/?search=roof&limit=50"
        run_wrk tag+order "$c" -H "$auth" "$URL/api/orgs/1/private_files/?file_tags=Site%20Model&ordering=-filesize&limit=50"
    done
}

echo "# private-files API throughput: FILES=$FILES CONNECTIONS='$CONNECTIONS' DURATION=$DURATION THREADS=$THREADS ($(nproc) cores, $(date -u +%FT%TZ), load average $(cut -d" " -f1-3 /proc/loadavg))"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"
NEVER=2000000000
start_service --throttle-org-per-day "$NEVER" --throttle-user-per-hour "$NEVER"
seed_start=$(date +%s)
psql -q -d "$BENCH_DB" -v files="$FILES" -f "$HERE/seed.sql" >/dev/null
echo "# seeded $FILES files in $(( $(date +%s) - seed_start )) s"
warm_up

for PHASE in $PHASES; do
    case "$PHASE" in
        fresh)
            scenarios ;;
        full)
            psql -q -d "$BENCH_DB" -v admissions="$ADMISSIONS" -f "$HERE/window-full.sql" >/dev/null
            echo "# $ADMISSIONS admissions in the org and user read windows"
            scenarios ;;
        many)
            stop_service
            start_service
            for u in $(seq 12 211); do echo "$u $(token "$u")"; done > "$WORK/tokens.txt"
            # the restarted JVM compiles the path, and loads the 200 identities, before anything is measured
            FILES="$FILES" TOKENS_FILE="$WORK/tokens.txt" wrk -t"$THREADS" -c16 -d"$WARMUP" -s "$HERE/many-orgs.lua" "$URL" >/dev/null
            for c in $CONNECTIONS; do
                FILES="$FILES" TOKENS_FILE="$WORK/tokens.txt" run_wrk retrieve/200 "$c" -s "$HERE/many-orgs.lua" "$URL"
            done ;;
        *) echo "unknown phase: $PHASE" >&2; exit 2 ;;
    esac
done
