#!/usr/bin/env bash
# Runs the whole test suite from a clean checkout: restore (locked), format check, build, every test project.
# Installs what the tests need when it is missing. Ends with the line "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }
passed=0 failed=0 skipped=0 broken=0

finish() {
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  if [ "$failed" -gt 0 ] || [ "$broken" -gt 0 ]; then exit 1; fi
  exit 0
}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK is required (dotnet on PATH); see README.md" >&2
  broken=1; finish
fi

log "restore (locked)"
if ! dotnet restore Throughline.slnx --locked-mode; then
  echo "error: restore failed" >&2; broken=1; finish
fi

log "format"
if ! dotnet format Throughline.slnx --verify-no-changes --no-restore; then
  echo "error: code is not formatted; run 'dotnet format Throughline.slnx'" >&2
  failed=$((failed + 1))
fi

log "build"
if ! dotnet build Throughline.slnx -c Release --no-restore -warnaserror; then
  echo "error: build failed" >&2; broken=1; finish
fi

# The web tests run every HTTP test twice, on SQLite and on PostgreSQL. Without THROUGHLINE_TEST_POSTGRES,
# start a throwaway PostgreSQL server in a temporary directory (installing Debian's postgresql if needed).
pg_dir=""
stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    log "install postgresql"
    if [ "$(id -u)" -ne 0 ]; then
      echo "error: PostgreSQL is not installed and this is not root; install Debian's postgresql or set THROUGHLINE_TEST_POSTGRES" >&2
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
  local port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  log "start postgresql on port $port"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null || return 1
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null || { cat "$pg_dir/log" >&2; return 1; }
  export THROUGHLINE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
}
if [ -z "${THROUGHLINE_TEST_POSTGRES:-}" ]; then
  trap stop_postgres EXIT
  # When it cannot start, the PostgreSQL tests fail with a message that says so: they never skip.
  start_postgres || echo "error: could not start PostgreSQL for the web tests" >&2
fi

results=$(mktemp -d)
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "test $name"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    || true
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "error: $name produced no results" >&2; broken=1; continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(value passed); f=$(value failed); t=$(value total); e=$(value executed)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done

finish
