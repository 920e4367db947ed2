#!/usr/bin/env bash
# Server throughput on loopback with wrk (installed from Debian's packages if
# missing): the customer check and draft creation, each for 10 seconds with
# 32 connections, against the release server on a fresh SQLite file.
# Prints requests/s and latency percentiles (wrk --latency).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
cargo build --profile server -p cpor-server
. scripts/demo-server.sh
port=${CPOR_BENCH_PORT:-18181}
start_demo_server "$port"
CPOR_TOKEN=$(demo_token "$port" user-megan)
export CPOR_TOKEN
echo "== POST /api/checks/customer"
wrk -t2 -c32 -d10s --latency -s scripts/wrk/check.lua "http://127.0.0.1:$port"
echo "== POST /api/claims (a new draft each)"
wrk -t2 -c32 -d10s --latency -s scripts/wrk/create.lua "http://127.0.0.1:$port"
