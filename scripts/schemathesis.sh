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
. scripts/demo-server.sh
port=${CPOR_SCHEMATHESIS_PORT:-18186}
start_demo_server "$port"
# Once as a partner Global admin, once as a reviewer, so both sides of the
# API are exercised with a valid token.
for user in user-megan user-isaiah; do
  token=$(demo_token "$port" "$user")
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
