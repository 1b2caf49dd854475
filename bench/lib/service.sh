# Shared by the bench scripts that run the built jar as a service (source it; not run on its own).

# A TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  local p
  while true; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# Waits until the service at BASE answers /health; exits with its LOG on stderr if PID dies first.
await_service() { # BASE PID LOG
  for _ in $(seq 1 120); do
    curl -fs "$1/health" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { cat "$3" >&2; exit 1; }
    sleep 0.5
  done
  echo "the service at $1 did not start" >&2
  exit 1
}

# Makes an org NAME with a pro user EMAIL who may do everything, through the admin command function
# ADMIN (e.g. one that adds --data-dir), and sets org, user and token.
make_pro_account() { # ADMIN NAME EMAIL
  org="$("$1" org create --name "$2")"
  user="$("$1" user create --email "$3")"
  "$1" member add --org "$org" --user "$user" --role pro --files-org-wide --projects-export --projects all --level edit
  token="$("$1" token create --user "$user")"
}
