#!/usr/bin/env bash
# Database outage benchmark (not part of the tests). STOPS THE SHARED PostgreSQL 15 cluster "main"
# for BENCH_OUTAGE_SECONDS (20), and starts it again whatever happens (trap). The built jar serves on
# its own database (BENCH_DB, default "robust", made if missing) under light load: a list, a retrieve,
# an upload and /health, each every 250 ms. Prints per-second status counts and max latency, the
# statuses and max latency during the outage (target: all 503 within 2 s), how long after PostgreSQL
# is back until everything is 2xx again (target < 5 s), and whether rows and content files still match.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bootstrap/target/private-files.jar"
db="${BENCH_DB:-robust}"
outage="${BENCH_OUTAGE_SECONDS:-20}"
before=10
after=20

[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package) 1>&2
for tool in curl java python3 psql pg_ctlcluster; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

work="$(mktemp -d "${BENCH_DIR:-/tmp}/private-files-outage.XXXXXX")"
server_pid=""
pg_stopped=""
cleanup() {
  if [ -n "$pg_stopped" ]; then
    echo "== starting PostgreSQL again (cleanup)" >&2
    pg_ctlcluster --skip-systemctl-redirect 15 main start || true
  fi
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE \"$db\""
url="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres"
cli() { java -jar "$jar" "$@" --data-dir "$work/data" --db-url "$url"; }

. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
port="$(free_port)"
java -jar "$jar" serve --port "$port" --data-dir "$work/data" --db-url "$url" \
  --throttle-org-per-day 1000000 --throttle-user-per-hour 1000000 2> "$work/server.log" &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
org="$(cli org create --name "Outage bench")"
user="$(cli user create --email "outage-$RANDOM$RANDOM@example.com")"
cli member add --org "$org" --user "$user" --role pro --files-org-wide
token="$(cli token create --user "$user")"

now() { python3 -c 'import time; print(time.monotonic())'; }
marks="$work/marks"
echo "load $(now)" > "$marks"
python3 "$here/bench/db-outage.py" "$base" "$org" "$token" "$((before + outage + after))" "$marks" > "$work/report" &
load_pid=$!
sleep "$before"
echo "== stopping PostgreSQL for ${outage}s" >&2
pg_stopped=yes
echo "stopped $(now)" >> "$marks"
pg_ctlcluster --skip-systemctl-redirect 15 main stop -m fast
sleep "$outage"
pg_ctlcluster --skip-systemctl-redirect 15 main start
echo "started $(now)" >> "$marks"
pg_stopped=""
echo "== PostgreSQL is back" >&2
wait "$load_pid"
cat "$work/report"

rows="$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc "SELECT count(*) FROM private_files WHERE org_id = $org AND storage_key IS NOT NULL" 2>/dev/null || echo '?')"
contents="$(find "$work/data/files" -type f ! -name '.*' | wc -l)"
echo "rows with content: $rows; content files in the store: $contents (equal: nothing half-made)"
echo "ERROR lines in the server log: $(grep -c ' ERROR ' "$work/server.log" || true)"
