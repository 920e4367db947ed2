#!/usr/bin/env bash
# Loads this app and the React + Fluent UI peer (../shared/peers/react-fluent)
# side by side in Chromium with the peer's own benchmark (bench/bench.mjs:
# interleaved loads, no throttling and 4x CPU + slow 4G, then keystrokes),
# prints its tables and checks the ratios of one run against the budgets:
#
#   slow 4G, 4x CPU:  first claim row and step 1 usable <= 0.85 x the peer's median
#   no throttling:    both < 1.0 x the peer's median
#   keystrokes, 4x:   p95 of ours below the peer's (input and blur)
#
# Exits non-zero when one is missed. Builds the peer in target/peer (a copy;
# npm ci, esbuild), runs a release server of this app on 127.0.0.1:8080
# (the peer's server passes /api there) with fresh demo data, and stops it
# afterwards. Run after scripts/build.sh;
# takes 10 to 30 minutes (the peer's bench waits while the machine is busy).
#
#   scripts/bench-peer.sh [--runs 10] [--peer ../shared/peers/react-fluent]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway.sh
runs=10
peer_src=../shared/peers/react-fluent
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --peer) peer_src=$2; shift 2 ;;
    *) echo "bench-peer: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$peer_src/bench/bench.mjs" ] || { echo "bench-peer: no peer at $peer_src" >&2; exit 1; }
[ -f dist/parts.json ] && [ -x target/server/cpor-server ] || { echo "bench-peer: run scripts/build.sh first" >&2; exit 1; }

peer=target/peer
rm -rf "$peer" && mkdir -p "$peer" && cp -r "$peer_src"/. "$peer"/ && rm -rf "$peer/node_modules" "$peer/dist"
(cd "$peer" && npm ci --no-audit --no-fund --silent && node build.mjs >/dev/null)

port=8080
if curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; then
  echo "bench-peer: something answers on 127.0.0.1:$port (scripts/run.sh?); stop it first" >&2
  exit 1
fi
work=$(mktemp -d)
target/server/cpor-server --addr "127.0.0.1:$port" --db "$work/cpor.db" --dist dist --fresh --demo >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done

results="$PWD/target/peer-results.json"
(cd "$peer" && node bench/bench.mjs --runs "$runs" --skip-trace --ours "http://127.0.0.1:$port" \
  --peer-port "$(free_port)" --out "$results")

node - "$results" <<'JS'
const r = JSON.parse(require("node:fs").readFileSync(process.argv[2], "utf8"));
const checks = [
  ["list/slow4g", "rowFrame", 0.85, "first claim row, slow 4G + 4x CPU"],
  ["new/slow4g", "msgFrame", 0.85, "step 1 usable (message shown), slow 4G + 4x CPU"],
  ["new/slow4g", "inputSeen", 0.85, "step 1's field on screen, slow 4G + 4x CPU"],
  ["list/fast", "rowFrame", 0.999, "first claim row, no throttling"],
  ["new/fast", "msgFrame", 0.999, "step 1 usable, no throttling"],
];
let missed = 0;
console.log("\nbudgets (ours / peer, medians of one run)");
for (const [key, metric, most, what] of checks) {
  const s = r.summary[key]?.[metric];
  const ratio = s?.ratio?.median;
  const ok = Number.isFinite(ratio) && ratio <= most;
  if (!ok) missed += 1;
  console.log(`  ${what.padEnd(52)} ${String(ratio).padStart(5)}  ${ok ? "within" : "OVER"} ${most === 0.999 ? "< 1.0" : `<= ${most}`}`);
}
for (const event of ["input", "blur"]) {
  const ours = r.keystroke?.stats?.[`ours 4x ${event}`]?.p95;
  const peer = r.keystroke?.stats?.[`peer 4x ${event}`]?.p95;
  const ok = Number.isFinite(ours) && Number.isFinite(peer) && ours < peer;
  if (!ok) missed += 1;
  console.log(`  ${`keystroke p95, 4x CPU, ${event}: ours ${ours} ms, peer ${peer} ms`.padEnd(58)} ${ok ? "ahead" : "BEHIND"}`);
}
process.exit(missed ? 1 : 0);
JS
