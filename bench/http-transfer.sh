#!/usr/bin/env bash
# Transfer benchmark (not part of the tests). The built jar runs with -Xmx128m on a temp data dir; a 2 GiB
# random file is uploaded with curl (multipart, MD5 inline, fsync before the answer) and downloaded through
# its signed link, checked with md5sum and cmp, and a Range request is checked. Each of ROUNDS interleaved
# rounds also measures this machine's limit for hashed, durable bytes (the slower of `md5sum` of the file
# and `dd conv=fsync` of it onto the data disk) and, when nginx is installed, nginx's DAV PUT (no hash, no
# fsync: shown beside, not a yardstick) and sendfile GET. Prints MB/s (10^6 bytes/s) per round and the
# medians of the per-round ratios: upload / limit and download / nginx GET.
#   BENCH_SIZE_MIB=2048  size of the file   ROUNDS=3   BENCH_DIR=/tmp  where the temp dir goes (needs ~3x the size)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bootstrap/target/private-files.jar"
size_mib="${BENCH_SIZE_MIB:-2048}"
rounds="${ROUNDS:-3}"
heap=128m

[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package) 1>&2
for tool in curl md5sum cmp dd java; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

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
bytes=$((size_mib * 1024 * 1024))
mbps() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1000000 }'; }
now() { date +%s.%N; }
rate() { awk -v b="$bytes" -v t0="$1" -v t1="$2" 'BEGIN { printf "%.0f", b / (t1 - t0) / 1000000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cli() { java -jar "$jar" "$@" --data-dir "$work/data"; }

echo "== $size_mib MiB of random bytes in $work" >&2
head -c "$bytes" /dev/urandom > "$work/in.bin"
expected_md5="$(md5sum "$work/in.bin" | cut -d' ' -f1)"

port="$(free_port)"
java "-Xmx$heap" -jar "$jar" serve --port "$port" --data-dir "$work/data" 2> "$work/server.log" &
server_pid=$!
base="http://localhost:$port"
await_service "$base" "$server_pid" "$work/server.log"
make_pro_account cli Bench "bench@example.com"

nginx_version=""
if command -v nginx >/dev/null 2>&1; then
  nginx_version="$(nginx -v 2>&1 | sed 's|.*nginx/||')"
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
else
  echo "(nginx is not installed: apt-get install -y nginx for the download yardstick and the PUT figure)" >&2
fi

up_ratios=""; down_ratios=""
printf '%-6s %8s %8s %8s %8s %8s %8s %8s %7s %7s\n' round md5sum dd-fsync limit upload download ngx-put ngx-get up/lim down/ngx
for round in $(seq 1 "$rounds"); do
  t0="$(now)"; md5sum "$work/in.bin" >/dev/null; t1="$(now)"; md5_rate="$(rate "$t0" "$t1")"
  t0="$(now)"; dd if="$work/in.bin" of="$work/dd.bin" bs=1M conv=fsync status=none; t1="$(now)"; dd_rate="$(rate "$t0" "$t1")"
  rm -f "$work/dd.bin"
  limit=$(( md5_rate < dd_rate ? md5_rate : dd_rate ))

  upload_speed="$(curl -s -o "$work/created.json" -w '%{speed_upload}' -H "Authorization: Bearer $token" \
    -F "file_contents=@$work/in.bin;filename=in.bin" "$base/api/orgs/$org/private_files/")"
  file_hash="$(grep -o '"file_hash":"[0-9a-f]*"' "$work/created.json" | cut -d'"' -f4)"
  link="$(grep -o '"file_contents":"[^"]*"' "$work/created.json" | cut -d'"' -f4)"
  file_url="$(grep -o '"url":"[^"]*"' "$work/created.json" | head -n 1 | cut -d'"' -f4)"
  [ "$file_hash" = "$expected_md5" ] || { echo "file_hash $file_hash != md5sum $expected_md5" >&2; cat "$work/created.json" >&2; exit 1; }
  download_speed="$(curl -s -o "$work/out.bin" -w '%{speed_download}' "$link")"
  cmp "$work/in.bin" "$work/out.bin"
  rm -f "$work/out.bin"
  if [ "$round" = 1 ]; then
    range_status="$(curl -s -r 1000000-1999999 -o "$work/range.bin" -w '%{http_code}' "$link")"
    [ "$range_status" = 206 ] || { echo "Range request answered $range_status" >&2; exit 1; }
    cmp "$work/range.bin" <(tail -c +1000001 "$work/in.bin" | head -c 1000000)
  fi
  curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $token" "$file_url"

  put_speed=0; get_speed=0
  if [ -n "$nginx_version" ]; then
    put_speed="$(curl -s -o /dev/null -w '%{speed_upload}' -T "$work/in.bin" "http://127.0.0.1:$nport/dav/in.bin")"
    get_speed="$(curl -s -o "$work/out.bin" -w '%{speed_download}' "http://127.0.0.1:$nport/dav/in.bin")"
    cmp "$work/in.bin" "$work/out.bin"
    rm -f "$work/out.bin" "$work/nginx/www/dav/in.bin"
  fi
  up="$(mbps "$upload_speed")"; down="$(mbps "$download_speed")"; nput="$(mbps "$put_speed")"; nget="$(mbps "$get_speed")"
  up_ratio="$(ratio "$up" "$limit")"; up_ratios="$up_ratios $up_ratio"
  down_ratio="-"
  if [ "$nget" != 0 ]; then down_ratio="$(ratio "$down" "$nget")"; down_ratios="$down_ratios $down_ratio"; fi
  printf '%-6s %8s %8s %8s %8s %8s %8s %8s %7s %7s\n' "$round" "$md5_rate" "$dd_rate" "$limit" "$up" "$down" "$nput" "$nget" "$up_ratio" "$down_ratio"
done

peak_rss="$(awk '/VmHWM/ { printf "%d MiB", $2 / 1024 }' /proc/"$server_pid"/status 2>/dev/null || true)"
echo "(MB/s; limit = slower of md5sum and dd conv=fsync onto the data disk; private-files -Xmx$heap, peak RSS ${peak_rss:-?}${nginx_version:+; nginx $nginx_version})"
echo "file_hash = md5sum: ok; download = upload (cmp): ok; Range 206: ok"
echo "median upload / limit:       $(echo $up_ratios | median)"
[ -n "$down_ratios" ] && echo "median download / nginx GET: $(echo $down_ratios | median)"
exit 0
