#!/usr/bin/env bash
# Server throughput on loopback with wrk (installed from Debian's packages if
# missing), against the release server in demo mode (seed + 1,000 claims of
# the demo user's organisation, Northwind):
#   - SQLite (a fresh file, synchronous=FULL): the customer check, draft
#     creation and the first page of the list; and, as the yardstick for
#     creation, a bare axum + sqlx insert endpoint on the same SQLite
#     settings (crates/cpor-server/examples/bare_insert.rs) in the same run;
#   - PostgreSQL (a throwaway server from scripts/postgres.sh with fsync on,
#     CPOR_PG_DURABLE=1): creation and the list with one server, then with
#     two servers on the same database, each loaded by its own wrk with
#     half the connections (their figures added up).
# Creation runs as a user of another organisation than the list's, so both
# list runs see the same claims. Each run is 10 seconds (CPOR_BENCH_SECS)
# with 32 connections in all.
# Prints a table, and exits non-zero when a request failed or a budget
# below is missed. CPOR_BIN names another server binary (default: the
# release build, built here).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
bin=${CPOR_BIN:-target/server/cpor-server}
secs=${CPOR_BENCH_SECS:-10}
[ -n "${CPOR_BIN:-}" ] || cargo build --profile server -p cpor-server
bare=${CPOR_BARE_BIN:-target/server/examples/bare_insert}
[ -n "${CPOR_BARE_BIN:-}" ] || cargo build --profile server -p cpor-server --example bare_insert
[ -f dist/index.html ] || { echo "build first: scripts/build.sh" >&2; exit 1; }

work=$(mktemp -d)
pids=()
pg=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$pg" ] && scripts/postgres.sh stop $pg >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# serve PORT ARGS...: a release server in demo mode; waits until it answers.
serve() {
  local port=$1
  shift
  RUST_LOG=warn "$bin" --addr "127.0.0.1:$port" --db "$work/demo.db" --dist dist --demo \
    --write-rate 1000000 --write-burst 1000000 "$@" &
  pids+=($!)
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0; sleep 0.1; done
  echo "the server on port $port did not start" >&2
  exit 1
}

# token PORT USER: a demo sign-in.
token() {
  curl -sf -X POST "http://127.0.0.1:$1/api/demo/sign-in" -H 'content-type: application/json' \
    -d "{\"user_id\":\"$2\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

# Who loads what: the list and the check as Megan Bowen (Northwind, with the
# 1,000 bulk claims); creation as Alex Wilber (Adatum), so that the drafts
# the creation runs make do not grow the list every later run measures: the
# one-server and the two-server list run over the same claims.
user_for() { case $1 in create.lua) echo user-alex ;; *) echo user-megan ;; esac; }

# load NAME SCRIPT PORT...: wrk on every port at once (32 connections split
# among them); records "NAME req/s p50 p99 errors" in $work/figures.
load() {
  local name=$1 script=$2
  shift 2
  local n=$# i=0 conns=$((32 / $#)) runs=()
  for port in "$@"; do
    CPOR_BENCH_RUN="${name// /-}-$i" CPOR_TOKEN=$(token "$port" "$(user_for "$script")") wrk -t2 -c"$conns" -d"${secs}s" --latency -s "scripts/wrk/$script" \
      "http://127.0.0.1:$port" > "$work/wrk-$i.txt" &
    runs+=($!)
    i=$((i + 1))
  done
  for r in "${runs[@]}"; do wait "$r"; done
  local rps=0 p50=0 p99=0 errors=0
  for i in $(seq 0 $((n - 1))); do
    local out="$work/wrk-$i.txt"
    rps=$(awk -v a="$rps" '/^Requests\/sec:/ { printf "%.0f", a + $2 }' "$out")
    p50=$(awk -v a="$p50" 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
      $1 == "50%" { x = ms($2); printf "%.1f", (x > a ? x : a) }' "$out")
    p99=$(awk -v a="$p99" 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
      $1 == "99%" { x = ms($2); printf "%.1f", (x > a ? x : a) }' "$out")
    errors=$((errors + $(awk '/Non-2xx or 3xx responses:/ { n += $5 } /Socket errors:/ { n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out" | tr -d ,)))
  done
  echo "$name $rps $p50 $p99 $errors" >> "$work/figures"
  printf '%-34s %8s req/s  p50 %6s ms  p99 %6s ms  errors %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
}

echo "== SQLite"
port=$(free_port)
"$bare" "127.0.0.1:$port" "$work/bare.db" >/dev/null &
pids+=($!)
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
load "sqlite bare-insert" create.lua "$port"
kill "${pids[@]}"; wait 2>/dev/null || true; pids=()
port=$(free_port)
serve "$port" --fresh --bulk-claims 1000
load "sqlite check" check.lua "$port"
load "sqlite create" create.lua "$port"
load "sqlite list" list.lua "$port"
kill "${pids[@]}"; wait 2>/dev/null || true; pids=()

echo "== PostgreSQL, one server"
pg=$(CPOR_PG_DURABLE=1 scripts/postgres.sh start)
url=${pg%% *}
a=$(free_port)
serve "$a" --database-url "$url" --fresh --bulk-claims 1000
load "postgres-1 create" create.lua "$a"
load "postgres-1 list" list.lua "$a"

echo "== PostgreSQL, two servers on one database"
b=$(free_port)
serve "$b" --database-url "$url"
load "postgres-2 create" create.lua "$a" "$b"
load "postgres-2 list" list.lua "$a" "$b"

# Budgets: figure NAME FIELD (2 req/s, 3 p50, 4 p99, 5 errors).
figure() { awk -v n="$1" -v f="$2" '{ name = $1 " " $2; if (name == n) print $(f + 1) }' "$work/figures"; }
failed=0
need() { # need DESCRIPTION CONDITION(awk expression over a, b)
  if awk -v a="$2" -v b="${3:-0}" "BEGIN { exit !($4) }"; then echo "met:    $1"; else echo "MISSED: $1"; failed=1; fi
}
echo
while read -r name kind _ _ _ errors; do
  need "$name $kind: no failed request" "$errors" 0 "a == 0"
done < "$work/figures"
need "sqlite check >= 3000 req/s, p99 < 50 ms" "$(figure 'sqlite check' 2)" "$(figure 'sqlite check' 4)" "a >= 3000 && b < 50"
need "sqlite create >= 700 req/s, p99 < 60 ms" "$(figure 'sqlite create' 2)" "$(figure 'sqlite create' 4)" "a >= 700 && b < 60"
need "sqlite create >= 1/3 x the bare insert endpoint" "$(figure 'sqlite create' 2)" "$(figure 'sqlite bare-insert' 2)" "a * 3 >= b"
need "sqlite create p99 < 20 ms" "$(figure 'sqlite create' 4)" 0 "a < 20"
echo "sqlite create / bare insert: $(awk -v a="$(figure 'sqlite create' 2)" -v b="$(figure 'sqlite bare-insert' 2)" 'BEGIN { printf "%.2f", a / b }')"
need "sqlite list >= 100 req/s, p99 < 500 ms" "$(figure 'sqlite list' 2)" "$(figure 'sqlite list' 4)" "a >= 100 && b < 500"
need "postgres-1 create >= 0.5 x sqlite create" "$(figure 'postgres-1 create' 2)" "$(figure 'sqlite create' 2)" "a >= 0.5 * b"
need "postgres-1 list >= 0.5 x sqlite list" "$(figure 'postgres-1 list' 2)" "$(figure 'sqlite list' 2)" "a >= 0.5 * b"
need "postgres-2 create >= 0.7 x postgres-1 create" "$(figure 'postgres-2 create' 2)" "$(figure 'postgres-1 create' 2)" "a >= 0.7 * b"
need "postgres-2 list >= 0.7 x postgres-1 list" "$(figure 'postgres-2 list' 2)" "$(figure 'postgres-1 list' 2)" "a >= 0.7 * b"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$failed"
