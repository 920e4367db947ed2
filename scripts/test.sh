#!/usr/bin/env bash
# The one command that sets up and runs every test: installs what is
# missing (see scripts/bootstrap.sh), then
#   1. formatting and clippy (native and wasm32), warnings as errors;
#   2. cargo test for the whole workspace (unit, property and API tests
#      against real SQLite files; the real server binary killed, raced and
#      abused, with its failure points built in), then the server's suites
#      again on a real PostgreSQL server (scripts/postgres.sh: Debian's
#      postgresql, a throwaway cluster on a free port, removed afterwards),
#      and the suites that store files again with the files in an
#      S3-compatible store (scripts/s3.sh: moto from PyPI on loopback);
#   3. the app's component tests (wasm-bindgen-test) in headless Chromium;
#   4. the release build, Schemathesis against the checked-in OpenAPI file on
#      the real server (no 5xx, responses as documented), two release
#      servers on PostgreSQL and one bucket behind nginx with one killed
#      (scripts/cluster.sh --check), and the download size of each route;
#   5. Playwright end-to-end tests: the real server binary serving the real
#      release build, in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# One build per run: incremental caches would only take disk (gigabytes).
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
logs=$(mktemp -d)
started=$SECONDS
step() { log "$1 (at ${SECONDS}s)"; }

scripts/bootstrap.sh --test

step "Formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --features cpor-server/failpoints -- -D warnings
cargo clippy -p cpor-claims --target wasm32-unknown-unknown --all-targets -- -D warnings
# The app as the release build compiles it: split into parts (src/parts.rs).
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components --cfg cpor_split" \
  cargo clippy -p cpor-claims --target wasm32-unknown-unknown -- -D warnings

# The server's tests are built once, with the server's own features, and run
# three times (SQLite, PostgreSQL, S3): a workspace-wide build would unify
# features with the app's and build every test binary a second time. The
# rest of the workspace runs with the core's native Unicode (as the server
# uses it), so the core's own tests cover both its paths.
step "Workspace tests (native)"
cargo test --workspace --exclude cpor-server --features cpor-core/native-unicode 2>&1 | tee "$logs/native.log"
cargo test -p cpor-server --features failpoints 2>&1 | tee -a "$logs/native.log"

step "Server tests again on PostgreSQL (throwaway server)"
scripts/postgres.sh run -- cargo test -p cpor-server --features failpoints --test '*' --lib 2>&1 | tee "$logs/postgres.log"

step "File suites again with the files in an S3-compatible store (moto)"
scripts/s3.sh run -- cargo test -p cpor-server --features failpoints \
  --test files --test crash --test races --test binary --test claims 2>&1 | tee "$logs/s3.log"

step "Component tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p cpor-claims --target wasm32-unknown-unknown 2>&1 | tee "$logs/wasm.log"

step "Release build"
scripts/build.sh

step "API property tests (Schemathesis against the OpenAPI file, real server)"
scripts/schemathesis.sh

step "Two servers on PostgreSQL and one bucket behind nginx, one killed (scripts/cluster.sh --check)"
scripts/cluster.sh --check

step "Download size per route (figures; node scripts/bench-size.mjs dist checks the budgets, BENCHMARKS.md)"
node scripts/bench-size.mjs dist --report

step "End-to-end tests (Playwright, real server and build)"
(cd tests/e2e && PLAYWRIGHT_JSON_OUTPUT_NAME="$logs/e2e.json" npx playwright test --reporter=list,json)

passed=$(cat "$logs/native.log" "$logs/postgres.log" "$logs/s3.log" "$logs/wasm.log" | awk '/^test result: ok\./ { n += $4 } END { print n + 0 }')
e2e=$(node -e 'console.log(require(process.argv[1]).stats.expected)' "$logs/e2e.json")
log "All tests passed in $((SECONDS - started))s"
echo "all: $((passed + e2e)) passed, 0 failed"
