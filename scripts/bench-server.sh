#!/usr/bin/env bash
# Server throughput on loopback with wrk (installed from Debian's packages if
# missing): the customer check and draft creation, each for 10 seconds with
# 32 connections, against the release server on a fresh SQLite file.
# Prints requests/s and latency percentiles (wrk --latency).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
[ -f dist/index.html ] || { echo "build first: scripts/build.sh" >&2; exit 1; }
cargo build --profile server -p cpor-server
port=${CPOR_BENCH_PORT:-18181}
work=$(mktemp -d)
CPOR_TOKEN_KEY="bench key, at least thirty-two bytes long" RUST_LOG=warn \
  target/server/cpor-server --addr "127.0.0.1:$port" --db "$work/bench.db" --dist dist --fresh --demo &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/demo/users" >/dev/null && break; sleep 0.1; done
export CPOR_TOKEN=$(curl -sf -X POST "http://127.0.0.1:$port/api/demo/sign-in" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
echo "== POST /api/checks/customer"
wrk -t2 -c32 -d10s --latency -s scripts/wrk/check.lua "http://127.0.0.1:$port"
echo "== POST /api/claims (a new draft each)"
wrk -t2 -c32 -d10s --latency -s scripts/wrk/create.lua "http://127.0.0.1:$port"
