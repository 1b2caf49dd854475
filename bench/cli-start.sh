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
  python3 -c "import json,sys; r=json.load(open('$work/h.json'))['results'][0]; print('%-30s median %6.1f ms  (min %6.1f, max %6.1f; CPU user+sys mean %6.1f ms; %d runs)' % (sys.argv[1], r['median']*1000, r['min']*1000, r['max']*1000, (r['user']+r['system'])*1000, len(r['times'])))" "$label"
}

export XDG_CACHE_HOME="$work/cache"
# The launcher's archive of a command word exists from its third run on: make it before measuring.
prepare() {  # how, args...
  local how="$1"; shift
  [ "$how" = "java -jar $jar" ] && return
  $how "$@" >/dev/null 2>&1 || true
  $how "$@" >/dev/null 2>&1 || true
  for _ in $(seq 240); do
    ls "$XDG_CACHE_HOME"/private-files/*.jsa >/dev/null 2>&1 && [ -z "$(ls "$XDG_CACHE_HOME"/private-files/*.partial 2>/dev/null)" ] && return
    sleep 0.5
  done
}

for how in "java -jar $jar" ${launcher:+"$launcher"}; do
  rm -rf "$XDG_CACHE_HOME"
  prepare "$how" --help
  name="$(basename "${how%% *}")"; [ "$name" = java ] && name="java -jar"
  median "$name --help" $how --help
  if $how --version >/dev/null 2>&1; then median "$name --version" $how --version; fi
  rm -rf "$XDG_CACHE_HOME"
  prepare "$how" org create --name Acme --data-dir "$data"
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
