#!/usr/bin/env bash
# Start time of the command line (not part of the tests): hyperfine medians, JVM start included, of
# `--help`, `--version` and an admin command (`org create` on an embedded H2 data dir), with plain
# `java -jar` and, when given, through a launcher (e.g. ./private-files, which adds class data
# sharing); then how many classes each command loads and whether Javalin/Jetty are among them.
# Usage: bench/cli-start.sh [JAR] [LAUNCHER]   (hyperfine: apt-get install -y hyperfine)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${1:-$here/bootstrap/target/private-files.jar}"
launcher="${2:-}"
runs="${RUNS:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/data"
java -jar "$jar" org create --name Warm --data-dir "$data" >/dev/null

median() {  # label, command...
  local label="$1"; shift
  hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$work/h.json" "$*" >/dev/null 2>&1
  python3 -c "import json,sys; r=json.load(open('$work/h.json'))['results'][0]; print('%-44s median %6.1f ms  (min %6.1f, max %6.1f, %d runs)' % (sys.argv[1], r['median']*1000, r['min']*1000, r['max']*1000, len(r['times'])))" "$label"
}

for how in "java -jar $jar" ${launcher:+"$launcher"}; do
  name="$(basename "${how%% *}")"; [ "$name" = java ] && name="java -jar"
  median "$name --help" $how --help
  if $how --version >/dev/null 2>&1; then median "$name --version" $how --version; fi
  median "$name org create" $how org create --name Acme --data-dir "$data"
done

classes() {  # label, args...
  local label="$1"; shift
  local log="$work/classes.txt"
  java -Xshare:off -verbose:class -jar "$jar" "$@" 2>/dev/null | grep 'class,load' > "$log" || true
  printf '%-44s %5d classes loaded, %d of Javalin/Jetty\n' "$label" "$(wc -l < "$log")" "$(grep -ciE 'io\.javalin|org\.eclipse\.jetty' "$log" || true)"
}
classes "--help" --help
classes "org create" org create --name Acme --data-dir "$data"
