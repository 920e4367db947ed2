#!/usr/bin/env bash
# Builds the release app into dist/ (Trunk, wasm-opt -Oz, precompressed) and
# the server binary into target/server/cpor-server.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

printf '\n\033[1m==> %s\033[0m\n' "Building the app (trunk build --release)"
trunk build --release --offline
printf '\n\033[1m==> %s\033[0m\n' "Building the server"
cargo build --profile server -p cpor-server
