#!/usr/bin/env bash
# Client upload benchmark (not part of the tests): the built jar serving on a temp data dir, one file
# of random bytes (3 GiB by default) uploaded three ways to the same service, each checked against
# md5sum through the service's file_hash and deleted again:
#   private-files upload --parallel 4 (chunked, 16 MiB parts, Content-MD5 per part, MD5 checked)
#   examples/chunked-upload.sh (bash + curl, sequential 64 MiB parts)
#   curl -F (one multipart request)
# then hyperfine of `private-files ls` (JVM start included) on an org holding 100 files.
# Prints MB/s (10^6 bytes per second), the service's time joining the parts, and the median of ls.
#   BENCH_SIZE_MIB=3072  size of the file    BENCH_DIR=/tmp  where the temp dir goes (needs ~3x the size)
#   BENCH_PARALLEL=4     parts in flight for the client    BENCH_PART_SIZE=16M  its part size
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bootstrap/target/private-files.jar"
size_mib="${BENCH_SIZE_MIB:-3072}"
parallel="${BENCH_PARALLEL:-4}"
part_size="${BENCH_PART_SIZE:-16M}"

[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package) 1>&2
for tool in curl md5sum jq java hyperfine; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

work="$(mktemp -d "${BENCH_DIR:-/tmp}/private-files-client-bench.XXXXXX")"
server_pid=""
cleanup() {
  local status=$?
  [ "$status" -eq 0 ] || { echo "failed ($status); the service's log ends:" >&2; tail -n 20 "$work/server.log" >&2 || true; }
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / s / 1000000 }'; }
now() { date +%s.%N; }
admin() { java -jar "$jar" "$@" --data-dir "$work/data"; }
client() { HOME="$work/home" PRIVATE_FILES_SERVER="$base" PRIVATE_FILES_TOKEN="$token" java -jar "$jar" "$@"; }

echo "== $size_mib MiB of random bytes in $work" >&2
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/in.bin"
bytes="$(stat -c %s "$work/in.bin")"
expected_md5="$(md5sum "$work/in.bin" | cut -d' ' -f1)"

port="$(free_port)"
# Generous timeouts: a stall of the shared disk must not fail one of the three uploads with a 408.
java -jar "$jar" serve --port "$port" --data-dir "$work/data" --idle-timeout PT120S --min-request-rate 0 2> "$work/server.log" &
server_pid=$!
base="http://localhost:$port"
await_service "$base" "$server_pid" "$work/server.log"
make_pro_account admin Bench "bench@example.com"
api="$base/api/orgs/$org/private_files/"

check() { # FILE_ID NAME: the service's file_hash must be md5sum's; then the file is deleted
  local hash
  hash="$(curl -fsS -H "Authorization: Bearer $token" "$api$1/" | jq -r .file_hash)"
  [ "$hash" = "$expected_md5" ] || { echo "$2: file_hash $hash != md5sum $expected_md5" >&2; exit 1; }
  curl -fsS -X DELETE -H "Authorization: Bearer $token" "$api$1/" >/dev/null
}

echo "== private-files upload --parallel $parallel --part-size $part_size" >&2
start="$(now)"
id="$(client upload "$work/in.bin" --parallel "$parallel" --part-size "$part_size" --org "$org" --quiet)"
client_s="$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')"
check "$id" "private-files upload"

echo "== examples/chunked-upload.sh" >&2
start="$(now)"
id="$(PF_API="$api" PF_TOKEN="$token" "$here/examples/chunked-upload.sh" "$work/in.bin" 2>/dev/null | head -n 1)"
script_s="$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')"
check "$id" "chunked-upload.sh"

echo "== curl -F (one multipart request)" >&2
start="$(now)"
id="$(curl -fsS -H "Authorization: Bearer $token" -F "file_contents=@$work/in.bin;filename=in.bin" "$api" | jq -r .id)"
curl_s="$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')"
check "$id" "curl"

printf '%-48s %8s MB/s  (%.1f s)\n' "private-files upload --parallel $parallel --part-size $part_size" "$(mbps "$bytes" "$client_s")" "$client_s"
printf '%-48s %8s MB/s  (%.1f s)\n' "examples/chunked-upload.sh (64 MiB parts)" "$(mbps "$bytes" "$script_s")" "$script_s"
printf '%-48s %8s MB/s  (%.1f s)\n' "curl -F (multipart)" "$(mbps "$bytes" "$curl_s")" "$curl_s"
echo "file_hash = md5sum for all three: ok"
joins="$(grep -o 'complete/ 200 [0-9.]*ms' "$work/server.log" | awk '{ printf "%s%.1f s", sep, $3 / 1000; sep = ", " }')"
echo "of which the service joining the parts (POST .../complete/, private-files then chunked-upload.sh): $joins"

echo "== hyperfine: private-files ls (100 files)" >&2
rm -f "$work/in.bin"
echo small > "$work/small.txt"
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -F "file_contents=@$work/small.txt" "$api"
done
export HOME="$work/home" PRIVATE_FILES_SERVER="$base" PRIVATE_FILES_TOKEN="$token"
hyperfine --warmup 2 --runs "${BENCH_LS_RUNS:-15}" --export-json "$work/ls.json" -N \
  "java -jar $jar ls --org $org" "java -jar $jar ls" "java -jar $jar --help" >&2
jq -r '.results[] | "\(.command | sub(".*private-files.jar "; "private-files ")): median \(.median * 1000 | floor) ms (mean \(.mean * 1000 | floor) ± \(.stddev * 1000 | floor) ms)"' "$work/ls.json"
