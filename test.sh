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

# Installs a Debian package when its command is missing (as root); says so when it cannot.
install_missing() {
  local command=$1 package=$2
  if command -v "$command" >/dev/null 2>&1 || [ -x "$command" ]; then return 0; fi
  log "install $package"
  apt-get install -y "$package" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$package" >/dev/null 2>&1; } \
    || echo "error: $package is missing and could not be installed (it needs root)" >&2
}

# The build installs the pages' browser libraries with npm; the browser tests drive Debian's Chromium.
install_missing npm npm
if [ -z "${THROUGHLINE_CHROMIUM:-}" ]; then install_missing /usr/bin/chromium chromium; fi
export THROUGHLINE_SCREENSHOTS="${THROUGHLINE_SCREENSHOTS:-$PWD/.artifacts/screenshots}"

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
source scripts/postgres.sh
if [ -z "${THROUGHLINE_TEST_POSTGRES:-}" ]; then
  trap stop_postgres EXIT
  # When it cannot start, the PostgreSQL tests fail with a message that says so: they never skip.
  # fsync off: the tests need a database that answers, not one that survives a power cut.
  if start_postgres 55432 "-c fsync=off"; then
    export THROUGHLINE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres"
  else
    echo "error: could not start PostgreSQL for the web tests" >&2
  fi
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

# The benchmarks on a small organization, one pass of each step, so that they never rot (docs/performance.md).
log "benchmark smoke run"
if THROUGHLINE_BENCH_POSTGRES="${THROUGHLINE_TEST_POSTGRES:-}${THROUGHLINE_TEST_POSTGRES:+;Database=throughline_bench}" bench/run.sh --smoke; then
  passed=$((passed + 1))
else
  echo "error: the benchmark smoke run failed" >&2
  failed=$((failed + 1))
fi

finish
