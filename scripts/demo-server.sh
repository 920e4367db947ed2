# Sourced by the scripts that need a throwaway server: starts the release
# server in demo mode on loopback with a fresh SQLite file in a temporary
# folder, stops it and removes the folder on exit, and signs in demo users.

# start_demo_server PORT: starts the server and waits until it answers.
start_demo_server() {
  local port=$1
  [ -x target/server/cpor-server ] && [ -f dist/index.html ] || { echo "build first: scripts/build.sh" >&2; exit 1; }
  DEMO_WORK=$(mktemp -d)
  # Benchmarks and Schemathesis write far faster than a person: no write
  # quota to speak of.
  RUST_LOG=warn target/server/cpor-server --addr "127.0.0.1:$port" --db "$DEMO_WORK/demo.db" --dist dist --fresh --demo \
    --write-rate 1000000 --write-burst 1000000 &
  DEMO_SERVER=$!
  trap 'kill $DEMO_SERVER 2>/dev/null; rm -rf "$DEMO_WORK"' EXIT
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/demo/users" >/dev/null && return 0; sleep 0.1; done
  echo "the server on port $port did not start" >&2
  exit 1
}

# demo_token PORT USER: prints a bearer token for a seeded user.
demo_token() {
  curl -sf -X POST "http://127.0.0.1:$1/api/demo/sign-in" -H 'content-type: application/json' \
    -d "{\"user_id\":\"$2\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
