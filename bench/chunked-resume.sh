#!/usr/bin/env bash
# Issue check for chunked uploads (not part of the tests): a large file (default 3 GiB) uploaded in
# 64 MiB parts by examples/chunked-upload.sh against the built jar running with -Xmx128m; the
# client is killed mid-upload, one part is sent twice, the upload is resumed from the part list,
# and the result must have file_hash = md5sum and download identical bytes (cmp).
#   bench/chunked-resume.sh [SIZE_MIB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mib=${1:-3072}
work=$(mktemp -d /tmp/pf-chunked-XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -f "$here/bootstrap/target/private-files.jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
java -Xmx128m -jar "$here/bootstrap/target/private-files.jar" serve --demo --port "$port" \
     --data-dir "$work/data" >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
export PF_TOKEN=$(cat "$work/data/demo-token")
export PF_API="http://127.0.0.1:$port/api/orgs/$(sed -n 's/^org=//p' "$work/data/demo-ids")/private_files/"

echo "making a ${size_mib} MiB file" >&2
head -c "$(( size_mib * 1024 * 1024 ))" /dev/urandom >"$work/big.bin"
expected=$(md5sum "$work/big.bin" | cut -d' ' -f1)

start=$(date +%s.%N)
timeout --signal=KILL 8 "$here/examples/chunked-upload.sh" "$work/big.bin" >"$work/id" || echo "client killed mid-upload" >&2
id=$(head -n 1 "$work/id")
have=$(curl -sf -H "Authorization: Bearer $PF_TOKEN" "$PF_API$id/" | jq '.parts | length')
echo "after the interruption the service holds $have parts of file $id" >&2

echo "sending part 1 a second time" >&2
dd if="$work/big.bin" bs=64M count=1 status=none | curl -sSf -X PUT -H "Authorization: Bearer $PF_TOKEN" \
   -H 'Content-Type: application/octet-stream' --data-binary @- "$PF_API$id/parts/1/" >/dev/null

"$here/examples/chunked-upload.sh" "$work/big.bin" "$id"
end=$(date +%s.%N)

file=$(curl -sf -H "Authorization: Bearer $PF_TOKEN" "$PF_API$id/")
hash=$(jq -r .file_hash <<<"$file")
echo "file_hash $hash, md5sum $expected: $([ "$hash" = "$expected" ] && echo EQUAL || echo DIFFERENT)"
curl -sf -o "$work/copy.bin" "$(jq -r .file_contents <<<"$file")"
cmp "$work/big.bin" "$work/copy.bin" && echo "download: identical bytes (cmp)"
echo "status $(jq -r .status <<<"$file"), completed_on $(jq -r .completed_on <<<"$file"), $(jq '.parts | length' <<<"$file") parts"
awk -v s="$start" -v e="$end" -v m="$size_mib" 'BEGIN { printf "upload incl. interruption and resume: %.1f s, %.0f MB/s\n", e - s, m * 1.048576 / (e - s) }'
