#!/usr/bin/env bash
# Slow-client benchmark (not part of the tests): the built jar on a temp data dir (embedded H2) with
# default limits; BENCH_UPLOADS (300) multipart uploads that send their body at 1 byte/s, all at once,
# while /health and a list are polled every 200 ms for BENCH_SECONDS (30). Prints each poll's max
# latency (target < 1 s), the slow uploads' statuses (408: too slow; 503: over --max-concurrent-uploads)
# and the server's peak threads and RSS. Extra serve flags: BENCH_SERVE_FLAGS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bootstrap/target/private-files.jar"
uploads="${BENCH_UPLOADS:-300}"
seconds="${BENCH_SECONDS:-30}"

[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package) 1>&2
for tool in curl java python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
ulimit -n 4096 2>/dev/null || true

work="$(mktemp -d "${BENCH_DIR:-/tmp}/private-files-slow.XXXXXX")"
server_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
cli() { java -jar "$jar" "$@" --data-dir "$work/data"; }

port="$(free_port)"
# shellcheck disable=SC2086
java -jar "$jar" serve --port "$port" --data-dir "$work/data" ${BENCH_SERVE_FLAGS:-} 2> "$work/server.log" &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
org="$(cli org create --name Bench)"
user="$(cli user create --email "bench@example.com")"
cli member add --org "$org" --user "$user" --role pro --files-org-wide
token="$(cli token create --user "$user")"
echo "hello" > "$work/small.txt"
curl -fs -o /dev/null -H "Authorization: Bearer $token" -F "file_contents=@$work/small.txt" \
  "http://127.0.0.1:$port/api/orgs/$org/private_files/"

( peak_threads=0
  while kill -0 "$server_pid" 2>/dev/null; do
    t="$(awk '/^Threads:/ { print $2 }' /proc/"$server_pid"/status 2>/dev/null || echo 0)"
    [ "${t:-0}" -gt "$peak_threads" ] && peak_threads="$t" && echo "$t" > "$work/peak-threads"
    sleep 0.5
  done ) &
sampler_pid=$!

echo "== $uploads uploads at 1 byte/s for ${seconds}s against port $port" >&2
python3 "$here/bench/slow-clients.py" 127.0.0.1 "$port" "$org" "$token" "$uploads" "$seconds"
rss="$(awk '/VmHWM/ { printf "%d MiB", $2 / 1024 }' /proc/"$server_pid"/status 2>/dev/null || echo '?')"
echo "server: peak threads $(cat "$work/peak-threads" 2>/dev/null || echo '?'), peak RSS $rss," \
  "ERROR lines in its log: $(grep -c ' ERROR ' "$work/server.log" || true)"
