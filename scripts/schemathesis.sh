#!/usr/bin/env bash
# Property-based API testing with Schemathesis (from PyPI, in a virtualenv
# under target/) against the real server binary on loopback, driven by the
# checked-in OpenAPI file: no response may be a 5xx, and every response must
# match the documented status codes, content types and schemas.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/schemathesis-venv
if [ ! -x "$venv/bin/st" ] || ! "$venv/bin/st" --version | grep -q "4.32.5"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet schemathesis==4.32.5
fi
[ -x target/server/cpor-server ] && [ -f dist/index.html ] || { echo "build first: scripts/build.sh" >&2; exit 1; }
port=${CPOR_SCHEMATHESIS_PORT:-18186}
work=$(mktemp -d)
CPOR_TOKEN_KEY="schemathesis key, at least 32 bytes long" RUST_LOG=warn \
  target/server/cpor-server --addr "127.0.0.1:$port" --db "$work/st.db" --dist dist --fresh --demo &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/demo/users" >/dev/null && break; sleep 0.1; done
# Once as a partner Global admin, once as a reviewer, so both sides of the
# API are exercised with a valid token.
for user in user-megan user-isaiah; do
  token=$(curl -sf -X POST "http://127.0.0.1:$port/api/demo/sign-in" -H 'content-type: application/json' \
    -d "{\"user_id\":\"$user\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  echo "== Schemathesis as $user"
  "$venv/bin/st" run "http://127.0.0.1:$port/api/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --phases examples,coverage,fuzzing \
    --max-examples "${CPOR_SCHEMATHESIS_EXAMPLES:-40}" \
    --workers 1 \
    --seed 20261124 \
    --warnings off \
    --no-color
done
