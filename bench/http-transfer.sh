#!/usr/bin/env bash
# Transfer benchmark (not part of the tests): the built jar with -Xmx128m on a temp data dir, a 2 GiB
# random file uploaded with curl (multipart) and downloaded through its signed link, checked with
# md5sum and cmp, a Range request checked; then the same transfers through a temporary nginx (DAV PUT,
# sendfile GET) when nginx is installed. Prints MB/s (10^6 bytes per second).
#   BENCH_SIZE_MIB=2048  size of the file    BENCH_DIR=/tmp  where the temp dir goes (needs ~3x the size)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bootstrap/target/private-files.jar"
size_mib="${BENCH_SIZE_MIB:-2048}"
heap=128m

[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package) 1>&2
for tool in curl md5sum cmp java; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

work="$(mktemp -d "${BENCH_DIR:-/tmp}/private-files-bench.XXXXXX")"
server_pid=""
nginx_conf=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
mbps() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1000000 }'; }
cli() { java -jar "$jar" "$@" --data-dir "$work/data"; }

echo "== $size_mib MiB of random bytes in $work" >&2
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/in.bin"
expected_md5="$(md5sum "$work/in.bin" | cut -d' ' -f1)"

port="$(free_port)"
java "-Xmx$heap" -jar "$jar" serve --port "$port" --data-dir "$work/data" 2> "$work/server.log" &
server_pid=$!
base="http://localhost:$port"
await_service "$base" "$server_pid" "$work/server.log"

make_pro_account cli Bench "bench@example.com"

echo "== private-files: multipart upload" >&2
upload_speed="$(curl -s -o "$work/created.json" -w '%{speed_upload}' -H "Authorization: Bearer $token" \
  -F "file_contents=@$work/in.bin;filename=in.bin" "$base/api/orgs/$org/private_files/")"
file_hash="$(grep -o '"file_hash":"[0-9a-f]*"' "$work/created.json" | cut -d'"' -f4)"
link="$(grep -o '"file_contents":"[^"]*"' "$work/created.json" | cut -d'"' -f4)"
[ "$file_hash" = "$expected_md5" ] || { echo "file_hash $file_hash != md5sum $expected_md5" >&2; cat "$work/created.json" >&2; exit 1; }

echo "== private-files: download through the signed link" >&2
download_speed="$(curl -s -o "$work/out.bin" -w '%{speed_download}' "$link")"
cmp "$work/in.bin" "$work/out.bin"
rm -f "$work/out.bin"

range_status="$(curl -s -r 1000000-1999999 -o "$work/range.bin" -w '%{http_code}' "$link")"
[ "$range_status" = 206 ] || { echo "Range request answered $range_status" >&2; exit 1; }
cmp "$work/range.bin" <(tail -c +1000001 "$work/in.bin" | head -c 1000000)

peak_rss="$(awk '/VmHWM/ { printf "%d MiB", $2 / 1024 }' /proc/"$server_pid"/status 2>/dev/null || true)"
printf '%-44s %8s MB/s\n' "private-files upload (multipart, -Xmx$heap)" "$(mbps "$upload_speed")"
printf '%-44s %8s MB/s\n' "private-files download (signed link)" "$(mbps "$download_speed")"
echo "file_hash = md5sum: ok; download = upload (cmp): ok; Range 206: ok; server peak RSS ${peak_rss:-?}"

kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
rm -rf "$work/data"

if ! command -v nginx >/dev/null 2>&1; then
  echo "(nginx is not installed: apt-get install -y nginx for the comparison)"
  exit 0
fi
nport="$(free_port)"
mkdir -p "$work/nginx/www/dav" "$work/nginx/tmp"
nginx_conf="$work/nginx/nginx.conf"
{
  [ "$(id -u)" = 0 ] && echo "user root;"
  cat <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$nport;
    client_max_body_size 0;
    location /dav/ { root $work/nginx/www; dav_methods PUT; create_full_put_path on; }
    location / { root $work/nginx/www; }
  }
}
NGINX
} > "$nginx_conf"
nginx -c "$nginx_conf"
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$nport/" && break; sleep 0.1; done

put_speed="$(curl -s -o /dev/null -w '%{speed_upload}' -T "$work/in.bin" "http://127.0.0.1:$nport/dav/in.bin")"
get_speed="$(curl -s -o "$work/out.bin" -w '%{speed_download}' "http://127.0.0.1:$nport/dav/in.bin")"
cmp "$work/in.bin" "$work/out.bin"
printf '%-44s %8s MB/s\n' "nginx $(nginx -v 2>&1 | sed 's|.*nginx/||') DAV PUT (no hash, no fsync)" "$(mbps "$put_speed")"
printf '%-44s %8s MB/s\n' "nginx GET (sendfile)" "$(mbps "$get_speed")"
