#!/usr/bin/env bash
# The one command that sets up and runs the product: installs what is
# missing, builds the release app and the server, and serves them on
# http://127.0.0.1:8080 with a fresh SQLite file loaded with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
mkdir -p var
exec target/server/cpor-server --addr "${CPOR_ADDR:-127.0.0.1:8080}" --db var/cpor.db --dist dist --fresh --demo
