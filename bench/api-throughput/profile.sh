#!/usr/bin/env bash
# Where a retrieve's time goes (issue 9): runs the service on the database api-throughput.sh seeded
# with a JFR recording, drives retrieves with wrk, and prints (1) the top frames of the JVM's CPU
# samples and the innermost private-files frame under them, (2) PostgreSQL's wait events sampled
# from pg_stat_activity, and (3) the machine's load average.
# Environment: BENCH_DB (default hotpath), CONNECTIONS (default 16), DURATION (default 20s), JAR,
# FILE (the file retrieved, default 50000).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BENCH_DB="${BENCH_DB:-hotpath}"
JAR="${JAR:-$ROOT/bootstrap/target/private-files.jar}"
WORK="$(mktemp -d -t pf-profile-XXXXXX)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
URL="http://127.0.0.1:$PORT"
java -Xmx1g -XX:StartFlightRecording=filename="$WORK/retrieve.jfr",settings=profile,delay=10s \
    -jar "$JAR" serve --data-dir "$WORK/data" --db-url "jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB?user=$PGUSER" \
    --port "$PORT" --throttle-org-per-day 2000000000 --throttle-user-per-hour 2000000000 > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fsS "$URL/health" >/dev/null 2>&1 && break; sleep 0.5; done
TOKEN="$(python3 -c "import hashlib; u='1'; print((hashlib.md5(('t'+u).encode()).hexdigest()+hashlib.md5(('u'+u).encode()).hexdigest())[:40])")"
wrk -t2 -c"${CONNECTIONS:-16}" -d10s -H "Authorization: Token $TOKEN" "$URL/api/orgs/1/private_files/${FILE:-50000}/" >/dev/null # warm-up
( for _ in $(seq 1 40); do
      psql -Atc "SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, state) FROM pg_stat_activity
                  WHERE datname = '$BENCH_DB' AND state <> 'idle' AND pid <> pg_backend_pid()" -d postgres
      sleep 0.5
  done ) > "$WORK/pg-waits.txt" &
SAMPLER=$!
wrk -t2 -c"${CONNECTIONS:-16}" -d"${DURATION:-20s}" -H "Authorization: Token $TOKEN" "$URL/api/orgs/1/private_files/${FILE:-50000}/"
wait $SAMPLER
echo "load average: $(cat /proc/loadavg)"
jcmd "$PID" JFR.dump filename="$WORK/retrieve.jfr" >/dev/null
jfr print --events jdk.ExecutionSample "$WORK/retrieve.jfr" > "$WORK/samples.txt"
python3 "$HERE/top-frames.py" "$WORK/samples.txt"
echo "== PostgreSQL backends of $BENCH_DB, by wait event (samples) =="
sort "$WORK/pg-waits.txt" | uniq -c | sort -rn | head -12
