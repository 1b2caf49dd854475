#!/usr/bin/env bash
# A/B transfer benchmark (not part of the tests): uploads and downloads SIZE_MIB (default 1024) through
# several builds of the service jar, interleaved round by round, and prints MB/s with the server CPU
# seconds (user+sys from /proc) each transfer cost. Usage: bench/transfer-ab.sh ROUNDS JAR...
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
rounds=$1; shift
work=$(mktemp -d "${BENCH_DIR:-/tmp}/transfer-ab.XXXXXX")
pids=()
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null; done; rm -rf $work' EXIT
head -c $((${SIZE_MIB:-1024} * 1024 * 1024)) /dev/urandom > $work/in.bin
cpu() { awk '{print $14 + $15}' /proc/$1/stat; }
i=0
declare -a bases tokens orgs names spids
for jar in "$@"; do
  d=$work/d$i; port=$(free_port)
  java -Xmx128m ${JOPTS:-} -jar $jar serve --port $port --data-dir $d 2> $work/s$i.log &
  spids[$i]=$!; pids+=($!)
  await_service http://localhost:$port $! $work/s$i.log
  cli() { java -jar "$jar" "$@" --data-dir "$d"; }
  make_pro_account cli B b@example.com
  bases[$i]=http://localhost:$port; tokens[$i]=$token; orgs[$i]=$org; names[$i]=$(basename $jar)
  i=$((i+1))
done
tck=$(getconf CLK_TCK)
for r in $(seq 1 $rounds); do
  for j in $(seq 0 $((i-1))); do
    c0=$(cpu ${spids[$j]})
    up=$(curl -s -o $work/c.json -w '%{speed_upload}' -H "Authorization: Bearer ${tokens[$j]}" -F "file_contents=@$work/in.bin;filename=in.bin" "${bases[$j]}/api/orgs/${orgs[$j]}/private_files/")
    c1=$(cpu ${spids[$j]})
    link=$(grep -o '"file_contents":"[^"]*"' $work/c.json | cut -d'"' -f4); url=$(grep -o '"url":"[^"]*"' $work/c.json | head -1 | cut -d'"' -f4)
    down=$(curl -s -o /dev/null -w '%{speed_download}' "$link")
    c2=$(cpu ${spids[$j]})
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer ${tokens[$j]}" "$url"
    printf 'round %s %-14s up %5.0f MB/s cpu %5.2f s | down %5.0f MB/s cpu %5.2f s\n' $r ${names[$j]} $(awk -v b=$up 'BEGIN{print b/1e6}') $(awk -v a=$c0 -v b=$c1 -v t=$tck 'BEGIN{print (b-a)/t}') $(awk -v b=$down 'BEGIN{print b/1e6}') $(awk -v a=$c1 -v b=$c2 -v t=$tck 'BEGIN{print (b-a)/t}')
  done
done
