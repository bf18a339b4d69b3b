#!/usr/bin/env bash
# Runs every benchmark of docs/performance.md and writes its table there.
#
#   bench/run.sh            the 100,000-person organization (about 15 minutes on two cores)
#   bench/run.sh --smoke    a small organization, one pass of each step: checks the benchmarks still run
#
# Needs PostgreSQL (THROUGHLINE_BENCH_POSTGRES, else a throwaway server like ./test.sh starts) and wrk
# (installed from Debian when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

smoke=false
if [[ "${1:-}" == "--smoke" ]]; then smoke=true; fi
people=${THROUGHLINE_BENCH_PEOPLE:-100000}
seconds=30
home_seconds=15
page_seconds=10
if $smoke; then people=2000; seconds=3; home_seconds=3; page_seconds=1; fi
export THROUGHLINE_BENCH_PEOPLE=$people

source scripts/postgres.sh
work=$(mktemp -d /tmp/throughline-bench.XXXXXX)
# Kept after the run (bench/results is not committed): each step's figure, whatever happens to the next.
results=$root/bench/results
rm -rf "$results"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

step() { echo; echo "== $*"; }

step "build"
dotnet build bench/Throughline.Benchmarks -c Release --nologo -v quiet -warnaserror
dotnet build src/Throughline.Cli -c Release --nologo -v quiet -warnaserror
bench() { dotnet "$root/bench/Throughline.Benchmarks/bin/Release/net10.0/Throughline.Benchmarks.dll" "$@" --results "$results"; }
throughline() { dotnet "$root/src/Throughline.Cli/bin/Release/net10.0/throughline.dll" "$@"; }

for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null; then
    step "install $tool"
    apt-get install -y "$tool" >/dev/null || { apt-get update >/dev/null && apt-get install -y "$tool" >/dev/null; }
  fi
done

postgres=${THROUGHLINE_BENCH_POSTGRES:-}
if [[ -z "$postgres" ]]; then
  step "start PostgreSQL"
  start_postgres 55497
  postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=throughline_bench"
fi

step "engine (BenchmarkDotNet)"
if $smoke; then bench engine --smoke; else bench engine; fi

step "generate the plan file ($people people)"
throughline generate --people "$people" --seed 42 --out "$work/org.plan.yaml"

step "read + validate + build the graph"
bench read "$work/org.plan.yaml"

step "import into SQLite"
bench import sqlite "$work/bench.db"
step "import into PostgreSQL"
bench import postgresql "$postgres"
step "cold start from PostgreSQL"
bench cold-start postgresql "$postgres"
step "roll-up against a recursive CTE"
bench rollup "$postgres"

step "HTTP"
port=55496
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
url=http://127.0.0.1:$port
# dotnet itself in the background (not a shell function), so that cleanup stops the server and not a subshell.
dotnet "$root/src/Throughline.Cli/bin/Release/net10.0/throughline.dll" demo --urls "$url" > "$work/demo.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -sf "$url/health/live" >/dev/null 2>&1; then break; fi
  sleep 1
done
token=$(grep -o 'tl_[A-Za-z0-9_-]*' "$work/demo.log" | head -1)
if [[ -z "$token" ]]; then echo "error: the demo server did not start:" >&2; cat "$work/demo.log" >&2; exit 1; fi
auth="Authorization: Bearer $token"
curl -sf -H "$auth" "$url/api/organizations/calder/home" >/dev/null
# Warm up first: the server compiles its hot paths again, optimized, after their first calls.
wrk -t2 -c64 -d5s "$url/health/live" >/dev/null
wrk -t2 -c64 -d5s -H "$auth" "$url/api/organizations/calder/home" >/dev/null
wrk -t2 -c64 -d"${home_seconds}s" --latency "$url/health/live" > "$work/trivial.txt"
wrk -t2 -c64 -d"${home_seconds}s" --latency -H "$auth" "$url/api/organizations/calder/home" > "$work/home.txt"
bench http "$work/home.txt" "$work/trivial.txt"

# The web pages, one request after another: the latency is the time the server takes to render each page.
mkdir -p "$work/pages"
unit=$(curl -sf -H "$auth" "$url/api/organizations/calder/units?limit=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
for page in home: inbox:inbox map:map goal:items/G1 key-result:items/KR4.1 units:units unit:units/$unit gaps:gaps plan:plan settings:settings; do
  name=${page%%:*} path=${page#*:}
  curl -sf -o /dev/null -H "$auth" "$url/o/calder/$path" || { echo "error: page /o/calder/$path does not answer 200" >&2; exit 1; }
  wrk -t1 -c1 -d"${page_seconds}s" --latency -H "$auth" "$url/o/calder/$path" > "$work/pages/$name.txt"
done
bench pages "$work/pages"

keys=$(curl -sf -H "$auth" "$url/api/organizations/calder/key-results?limit=500" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | paste -sd, -)
demo_db=$(sed -n 's/^Demo database: \(.*\) (recreated.*/\1/p' "$work/demo.log")
KEY_RESULTS=$keys CHECK_IN_DATE=$(date +%F) TOKEN=$token wrk -t2 -c64 -d3s -s bench/http/check-ins.lua "$url" >/dev/null
before=$(bench count-checkins "$demo_db" | tail -1)
KEY_RESULTS=$keys CHECK_IN_DATE=$(date +%F) TOKEN=$token \
  wrk -t2 -c64 -d"${seconds}s" --latency -s bench/http/check-ins.lua "$url" > "$work/check-ins.txt"
bench verify-checkins "$demo_db" "$before" "$work/check-ins.txt"

step "table"
if $smoke; then
  bench report "$work/performance.md" || true
  cat "$work/performance.md"
  echo "benchmark smoke run: every step ran"
else
  status=0
  bench report docs/performance.md || status=$?
  echo "docs/performance.md updated$([[ $status -ne 0 ]] && echo '; some targets are missed, see the table')"
fi
