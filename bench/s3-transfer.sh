#!/usr/bin/env bash
# S3 transfer benchmark (not part of the tests): a local s3proxy (examples/s3proxy.sh, objects on
# disk) and the built jar with -Xmx128m storing content in it (PostgreSQL database "s3" for the
# metadata). A 2 GiB random file goes up and down straight to s3proxy with curl --aws-sigv4, and
# through the service (multipart upload, download in proxy mode, then in redirect mode, curl -L),
# in the same run; checked with md5sum and cmp; the service's peak RSS must stay under 256 MiB.
# Prints MB/s (10^6 bytes per second) and the service-vs-direct ratios.
#   BENCH_SIZE_MIB=2048  size of the file    BENCH_DIR=/tmp  where the temp dir goes (needs ~4x the size)
#   BENCH_PG=jdbc:postgresql://127.0.0.1:5432/s3?user=postgres  (the database is dropped and made afresh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bootstrap/target/private-files.jar"
size_mib="${BENCH_SIZE_MIB:-2048}"
heap=128m
pg_url="${BENCH_PG:-jdbc:postgresql://127.0.0.1:5432/s3?user=postgres}"
bucket=bench
export AWS_ACCESS_KEY_ID=bench-access AWS_SECRET_ACCESS_KEY=bench-secret-key

[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package) 1>&2
for tool in curl md5sum cmp java psql; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

work="$(mktemp -d "${BENCH_DIR:-/tmp}/private-files-s3-bench.XXXXXX")"
server_pid=""
proxy_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null && wait "$proxy_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
mbps() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1000000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# curl 7.88 signs the payload hash only when given the header: UNSIGNED-PAYLOAD, as over TLS.
sigv4=(--aws-sigv4 "aws:amz:us-east-1:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD")

# A fresh metadata database named after the branch.
pg_db="$(sed -E 's|.*/([^/?]+)(\?.*)?$|\1|' <<<"$pg_url")"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $pg_db" -c "CREATE DATABASE $pg_db" >/dev/null

s3_port="$(free_port)"
"$here/examples/s3proxy.sh" "$bucket" "$s3_port" "$work/s3" 2> "$work/s3proxy.log" &
proxy_pid=$!
for _ in $(seq 1 240); do grep -q '^ready' "$work/s3proxy.log" && break; sleep 0.5; done
grep -q '^ready' "$work/s3proxy.log" || { cat "$work/s3proxy.log" >&2; exit 1; }
s3="http://127.0.0.1:$s3_port"

echo "== $size_mib MiB of random bytes in $work" >&2
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/in.bin"
expected_md5="$(md5sum "$work/in.bin" | cut -d' ' -f1)"

echo "== direct: curl --aws-sigv4 PUT and GET on s3proxy" >&2
direct_up="$(curl -sf -o /dev/null -w '%{speed_upload}' "${sigv4[@]}" -T "$work/in.bin" "$s3/$bucket/direct.bin")"
direct_down="$(curl -sf -o "$work/out.bin" -w '%{speed_download}' "${sigv4[@]}" "$s3/$bucket/direct.bin")"
cmp "$work/in.bin" "$work/out.bin"; rm -f "$work/out.bin"
curl -sf -X DELETE "${sigv4[@]}" "$s3/$bucket/direct.bin"

serve() {
  port="$(free_port)"
  java "-Xmx$heap" -jar "$jar" serve --port "$port" --data-dir "$work/data" --db-url "$pg_url" \
       --store "s3://$bucket/pf" --s3-endpoint "$s3" --s3-path-style true "$@" 2>> "$work/server.log" &
  server_pid=$!
  base="http://localhost:$port"
  await_service "$base" "$server_pid" "$work/server.log"
}
stop() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
peak_rss_mib() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' /proc/"$server_pid"/status; }
cli() { java -jar "$jar" "$@" --data-dir "$work/data" --db-url "$pg_url" --store "s3://$bucket/pf" --s3-endpoint "$s3" --s3-path-style true; }

serve
make_pro_account cli Bench "bench@example.com"

echo "== private-files on S3: multipart upload, download in proxy mode" >&2
up="$(curl -sf -o "$work/created.json" -w '%{speed_upload}' -H "Authorization: Bearer $token" \
  -F "file_contents=@$work/in.bin;filename=in.bin" "$base/api/orgs/$org/private_files/")"
file_hash="$(grep -o '"file_hash":"[0-9a-f]*"' "$work/created.json" | cut -d'"' -f4)"
id="$(grep -o '"id":[0-9]*' "$work/created.json" | head -1 | cut -d: -f2)"
[ "$file_hash" = "$expected_md5" ] || { echo "file_hash $file_hash != md5sum $expected_md5" >&2; cat "$work/created.json" >&2; exit 1; }
link="$(grep -o '"file_contents":"[^"]*"' "$work/created.json" | cut -d'"' -f4)"
proxy_down="$(curl -sf -o "$work/out.bin" -w '%{speed_download}' "$link")"
cmp "$work/in.bin" "$work/out.bin"; rm -f "$work/out.bin"
rss_proxy="$(peak_rss_mib)"
stop

echo "== private-files on S3: download in redirect mode (307 to a presigned GET, curl -L)" >&2
serve --download-mode redirect
link="$(curl -sf -H "Authorization: Bearer $token" "$base/api/orgs/$org/private_files/$id/" | grep -o '"file_contents":"[^"]*"' | cut -d'"' -f4)"
status="$(curl -s -o /dev/null -w '%{http_code}' "$link")"
[ "$status" = 307 ] || { echo "redirect mode answered $status" >&2; exit 1; }
redirect_down="$(curl -sfL -o "$work/out.bin" -w '%{speed_download}' "$link")"
cmp "$work/in.bin" "$work/out.bin"; rm -f "$work/out.bin"
rss_redirect="$(peak_rss_mib)"
stop

printf '%-52s %8s MB/s\n' "direct upload (curl --aws-sigv4 PUT to s3proxy)" "$(mbps "$direct_up")"
printf '%-52s %8s MB/s\n' "private-files upload (multipart, -Xmx$heap)" "$(mbps "$up")"
printf '%-52s %8s MB/s\n' "direct download (curl --aws-sigv4 GET)" "$(mbps "$direct_down")"
printf '%-52s %8s MB/s\n' "private-files download, proxy mode" "$(mbps "$proxy_down")"
printf '%-52s %8s MB/s\n' "private-files download, redirect mode (curl -L)" "$(mbps "$redirect_down")"
echo "ratios: upload $(ratio "$up" "$direct_up")x direct (goal >= 0.7), proxy download $(ratio "$proxy_down" "$direct_down")x (goal >= 0.8), redirect download $(ratio "$redirect_down" "$direct_down")x (goal = 1)"
echo "file_hash = md5sum: ok; downloads = upload (cmp): ok; service peak RSS ${rss_proxy} MiB (upload + proxy download), ${rss_redirect} MiB (redirect)"
[ "$rss_proxy" -lt 256 ] && [ "$rss_redirect" -lt 256 ] || { echo "peak RSS over 256 MiB" >&2; exit 1; }
