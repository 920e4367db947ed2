#!/usr/bin/env bash
# Installs what building (and, with --test, testing) the project needs, and
# skips whatever is already there:
#   - the wasm32-unknown-unknown Rust target
#   - trunk 0.21.14 (newer releases need a newer rustc)
#   - wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in
#     Cargo.lock (installed without --locked: its own lock file pins a crate
#     release the registry does not serve)
#   - wasm-split-cli (crate wasm_split_cli_support 0.2.4), which cuts the
#     release wasm into the app's parts (scripts/build-app.mjs)
#   - wasm-opt from the npm package binaryen@132 (Debian's binaryen breaks
#     the module) and terser (minifies the JavaScript the app ships), in
#     ./node_modules (package.json, package-lock.json)
# With --test, also Debian's chromium, chromium-driver, postgresql (the
# server suites run a second time on a throwaway PostgreSQL) and nginx-light
# (scripts/cluster.sh), moto (the S3-compatible store the file suites and
# the cluster use, from PyPI into target/moto-venv) and the Playwright
# packages of tests/e2e.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
with_test=false
[ "${1:-}" = "--test" ] && with_test=true

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

TRUNK_VERSION=0.21.14
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "Installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "bootstrap: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  # --force: a wasm-split-cli not installed by cargo (or another version) is replaced.
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary --force
fi

if ! npm ls --silent >/dev/null 2>&1 || ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  log "Installing wasm-opt (npm binaryen@132) and terser"
  npm ci --no-audit --no-fund
fi

if $with_test; then
  # Noto CJK: Japanese text in the browser tests' screenshots and layout
  # checks is drawn with real glyphs, as on the partners' machines.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v nginx >/dev/null ||
    ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    log "Installing Debian's chromium, chromium-driver, postgresql, nginx-light and fonts-noto-cjk"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver postgresql nginx-light fonts-noto-cjk
  fi
  scripts/s3.sh install
  if ! (cd tests/e2e && npm ls --silent >/dev/null 2>&1); then
    log "Installing Playwright and axe (tests/e2e)"
    (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
fi
