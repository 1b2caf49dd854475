#!/usr/bin/env bash
# The client's progress bar in a real terminal (not part of the tests): the built jar serving on a
# temp data dir, `private-files upload` and `private-files get` of a file (400 MiB by default, held
# to 100 MB/s with --limit-rate so that the bar is seen moving) run inside a detached tmux pane, whose
# screen `tmux capture-pane` prints twice while each runs; then the same upload with stderr piped
# to a file, which must stay empty. Exits 1 when no bar (percent, MiB, rate, ETA) was on the screen.
#   BENCH_SIZE_MIB=400   size of the file    BENCH_DIR=/tmp  where the temp dir goes
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/bootstrap/target/private-files.jar"
size_mib="${BENCH_SIZE_MIB:-400}"

[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package) 1>&2
for tool in curl tmux java; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done

work="$(mktemp -d "${BENCH_DIR:-/tmp}/private-files-progress.XXXXXX")"
session="private-files-progress-$$"
server_pid=""
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
admin() { java -jar "$jar" "$@" --data-dir "$work/data"; }

head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/backup.iso"
port="$(free_port)"
java -jar "$jar" serve --port "$port" --data-dir "$work/data" 2> "$work/server.log" &
server_pid=$!
base="http://localhost:$port"
await_service "$base" "$server_pid" "$work/server.log"
make_pro_account admin Progress "progress@example.com"
client_env="HOME=$work/home PRIVATE_FILES_SERVER=$base PRIVATE_FILES_TOKEN=$token"

# Runs a client command in the tmux pane, prints the screen twice while it runs, and the last screen.
in_terminal() {
  local name="$1"; shift
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 150 -y 8 -c "$work" \
    "env $client_env java -jar $jar $* > $work/$name.out; echo \"exit status \$?\"; sleep 600"
  local shots=0 screen
  for _ in $(seq 1 600); do
    screen="$(tmux capture-pane -p -t "$session")"
    if grep -q 'exit status' <<<"$screen"; then
      break
    fi
    if grep -Eq '[0-9]+%' <<<"$screen" && [ "$shots" -lt 2 ]; then
      shots=$((shots + 1))
      echo "--- $name, tmux capture-pane while it runs ($shots):"
      grep -v '^$' <<<"$screen"
      sleep 1
    fi
    sleep 0.1
  done
  echo "--- $name, the last screen:"
  tmux capture-pane -p -t "$session" | grep -v '^$'
  [ "$shots" -gt 0 ] || { echo "no progress bar was seen for $name" >&2; exit 1; }
  grep -q 'exit status 0' <<<"$(tmux capture-pane -p -t "$session")" || { echo "$name failed" >&2; exit 1; }
}

in_terminal upload upload backup.iso --org "$org" --limit-rate 100M
id="$(cat "$work/upload.out")"
in_terminal get get "$id" --org "$org" -o copy.iso --limit-rate 100M
cmp "$work/backup.iso" "$work/copy.iso"

echo "--- the same upload with stderr piped to a file:"
env $client_env java -jar "$jar" upload "$work/backup.iso" --org "$org" 2> "$work/piped.err" > "$work/piped.out"
if [ -s "$work/piped.err" ]; then
  echo "stderr was not empty:" >&2; cat "$work/piped.err" >&2; exit 1
fi
echo "stdout: $(cat "$work/piped.out"); stderr: empty (no bar when stderr is not a terminal)"
