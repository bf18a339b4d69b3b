# Sourced by test.sh and bench/run.sh: a throwaway PostgreSQL server in a temporary directory, installing
# Debian's postgresql when it is missing (as root). After start_postgres, $pg_port is its port; stop_postgres
# stops it and removes its files.
pg_dir=""
pg_bin=""
pg_port=""

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

# start_postgres [FIRST_PORT [SERVER OPTIONS]]: the first free port from FIRST_PORT (default 55432).
start_postgres() {
  local port=${1:-55432} options=${2:-}
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    printf '\n== install postgresql\n'
    if [ "$(id -u)" -ne 0 ]; then
      echo "error: PostgreSQL is not installed and this is not root; install Debian's postgresql" >&2
      return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home postgres || return 1
  fi
  pg_dir=$(mktemp -d /tmp/throughline-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  printf '\n== start postgresql on port %s\n' "$port"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null || return 1
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 $options" start >/dev/null || { cat "$pg_dir/log" >&2; return 1; }
  pg_port=$port
}
