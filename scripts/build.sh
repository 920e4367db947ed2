#!/usr/bin/env bash
# Builds the release app into dist/ (Trunk for the page and its stylesheets,
# scripts/build-app.mjs for the wasm split by page, precompressed) and the
# server binary into target/server/cpor-server.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

printf '\n\033[1m==> %s\033[0m\n' "Building the app's page and stylesheets (trunk build --release)"
trunk build --release --offline
node scripts/build-app.mjs dist
printf '\n\033[1m==> %s\033[0m\n' "Building the server"
cargo build --profile server -p cpor-server
