#!/usr/bin/env bash
# Write throughput of LocalDiskContentStore: streams BYTES (default 2 GiB) of generated,
# non-zero bytes into a store in a JVM limited to -Xmx64m (size + MD5 + fsync + rename), then
# writes the same amount with `dd ... conv=fsync` to the same disk for comparison, and hashes
# that file with md5sum (one core's MD5 speed right now: the ceiling for a write that hashes).
# Not part of the test run. Usage: bench/content-store-write.sh [rounds] [flush step MiB|none]   (env: BYTES, BENCH_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-1}
FLUSH_STEP=${2:-default}
BYTES=${BYTES:-$((2 * 1024 * 1024 * 1024))}
MODULE=adapter-filestore
DIR=${BENCH_DIR:-$PWD/$MODULE/target/bench-write}
LIB=$PWD/$MODULE/target/bench-lib

cleanup() { rm -rf "$DIR"; }
trap cleanup EXIT

mvn -B -q -o -pl "$MODULE" test-compile
# Copies, not ~/.m2 paths: other builds may reinstall those jars while the bench runs.
rm -rf "$LIB"
mvn -B -q -o -pl "$MODULE" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB"
CP="$MODULE/target/test-classes:$MODULE/target/classes:$LIB/*"

mkdir -p "$DIR"
echo "disk: $(df -h "$DIR" | awk 'NR==2 {print $1 " (" $2 ")"}'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  java -Xmx64m -cp "$CP" org.privatefiles.adapter.filestore.WriteBench "$DIR/store" "$BYTES" "$FLUSH_STEP"
  rm -rf "$DIR/store"
  dd if=/dev/zero of="$DIR/dd.bin" bs=1M count=$((BYTES / 1048576)) conv=fsync 2>&1 \
    | grep copied | sed 's/^/dd conv=fsync: /'
  start=$(date +%s.%N)
  md5sum "$DIR/dd.bin" > /dev/null
  awk -v b="$BYTES" -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "md5sum (page cache): %.2f s, %.0f MB/s\n", e - s, b / (e - s) / 1e6}'
  rm -f "$DIR/dd.bin"
done
