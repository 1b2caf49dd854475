#!/usr/bin/env bash
# Uploads a file to private-files in parts (API.md §7), and resumes an interrupted upload.
#
#   PF_API=http://localhost:8080/api/orgs/1/private_files/ PF_TOKEN=... examples/chunked-upload.sh FILE [FILE_ID]
#
# Without FILE_ID it starts a new upload and prints the new file id on stdout first thing, so an
# interrupted run can be resumed with it. With FILE_ID it asks the service which parts it already
# holds (GET the file: "parts") and sends only the missing or different ones, then completes.
# PF_PART_MB sets the part size (default 64; the service's minimum is 5 MiB). Needs curl, jq, md5sum.
set -euo pipefail
file=${1:?usage: chunked-upload.sh FILE [FILE_ID]}
id=${2:-}
: "${PF_API:?set PF_API to .../api/orgs/ORG/private_files/}" "${PF_TOKEN:?set PF_TOKEN}"
part_bytes=$(( ${PF_PART_MB:-64} * 1024 * 1024 ))
size=$(stat -c %s "$file")
count=$(( (size + part_bytes - 1) / part_bytes ))
auth=(-H "Authorization: Bearer $PF_TOKEN")

part() { dd if="$file" bs="$part_bytes" skip=$(( $1 - 1 )) count=1 status=none; }
base64_of_hex() { printf "$(sed 's/../\\x&/g' <<<"$1")" | base64; }

if [ -z "$id" ]; then
  id=$(curl -sSf "${auth[@]}" -H 'Content-Type: application/json' \
         -d "$(jq -n --arg title "$(basename "$file")" '{title: $title}')" "$PF_API" | jq -r .id)
  echo "$id"
fi

# What the service already has: "number etag" per received part.
received=$(curl -sSf "${auth[@]}" "$PF_API$id/" | jq -r '.parts[] | "\(.part_number) \(.etag)"')

etags=()
for (( n = 1; n <= count; n++ )); do
  etag=$(part "$n" | md5sum | cut -d' ' -f1)
  etags+=("$etag")
  if grep -qx "$n $etag" <<<"$received"; then
    echo "part $n/$count: already received" >&2
    continue
  fi
  echo "part $n/$count: sending" >&2
  part "$n" | curl -sSf -X PUT "${auth[@]}" -H 'Content-Type: application/octet-stream' \
      -H "Content-MD5: $(base64_of_hex "$etag")" --data-binary @- "$PF_API$id/parts/$n/" >/dev/null
done

body=$(for (( n = 1; n <= count; n++ )); do
         jq -n --argjson n "$n" --arg etag "${etags[n-1]}" '{part_number: $n, etag: $etag}'
       done | jq -s '{parts: .}')
curl -sSf "${auth[@]}" -H 'Content-Type: application/json' -d "$body" "$PF_API$id/complete/" \
  | jq -r '"complete: \(.filesize) bytes, file_hash \(.file_hash)"' >&2
