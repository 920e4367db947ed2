#!/usr/bin/env bash
# Several servers on PostgreSQL, for people who want to see it: starts a
# PostgreSQL server (scripts/postgres.sh, durable: fsync on), an
# S3-compatible store (scripts/s3.sh: moto on loopback), two release
# servers in demo mode on that one database (sharing the bucket of
# proof-of-execution files and the demo issuer's key), and nginx in front of them on
# http://127.0.0.1:8080 (round robin; a server that refuses connections is
# skipped). Installs postgresql and nginx-light from Debian's packages if
# missing, builds like scripts/run.sh, and stops everything on Ctrl-C.
#
#   scripts/cluster.sh                 the demo, fresh, until Ctrl-C
#   CPOR_ADDR=127.0.0.1:9090 scripts/cluster.sh
#   scripts/cluster.sh --check         starts it on a free port, then checks
#       through nginx that the app is served, that a demo token signed by
#       one server is taken by both, that an Idempotency-Key replayed lands
#       on the other server and gets the same claim, that a file uploaded
#       through one server downloads whole from the other, and that with one
#       server killed (SIGKILL) every request is still answered; exits
#       non-zero otherwise (scripts/test.sh runs this)
#
# Kill one server (its pid is printed) and the app goes on through the
# other; the clocks' lead passes to the survivor. CPOR_BIN and CPOR_DIST
# name another server binary and built app (default: the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[ "${1:-}" = "--check" ] && check=true
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
addr=${CPOR_ADDR:-127.0.0.1:8080}
$check && addr=127.0.0.1:$(free_port)
bin=${CPOR_BIN:-target/server/cpor-server}
dist=${CPOR_DIST:-dist}

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
if ! command -v nginx >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  say "Installing Debian's postgresql and nginx-light"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y postgresql nginx-light
fi
if [ -z "${CPOR_BIN:-}" ] && ! $check; then
  scripts/bootstrap.sh
  scripts/build.sh
fi

work=$(mktemp -d)
chmod 755 "$work"
pids=()
pg=""
s3=""
cleanup() {
  trap - EXIT INT TERM
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$pg" ] && scripts/postgres.sh stop $pg >/dev/null 2>&1 || true
  [ -n "$s3" ] && scripts/s3.sh stop $s3 >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

say "Starting PostgreSQL"
pg=$(CPOR_PG_DURABLE=1 scripts/postgres.sh start)
url=${pg%% *}
say "Starting an S3-compatible store (moto)"
s3=$(scripts/s3.sh start)
export AWS_ENDPOINT_URL=${s3%% *} AWS_ALLOW_HTTP=true AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo

ports=()
for i in 0 1; do
  port=$(free_port)
  ports+=("$port")
  fresh=()
  [ "$i" = 0 ] && fresh=(--fresh)
  log_level=info
  $check && log_level=warn
  RUST_LOG=${RUST_LOG:-$log_level} "$bin" --addr "127.0.0.1:$port" --database-url "$url" --db "$work/demo.db" \
    --files-url s3://cpor-files/demo --dist "$dist" --demo --demo-origin "http://$addr" "${fresh[@]}" &
  pids+=($!)
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { echo "server $i did not start" >&2; exit 1; }
done

cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  client_max_body_size 64m;
  upstream cpor { server 127.0.0.1:${ports[0]}; server 127.0.0.1:${ports[1]}; keepalive 16; }
  server {
    listen $addr;
    location / {
      proxy_pass http://cpor;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout;
      proxy_request_buffering off;
    }
  }
}
CONF
say "Starting nginx on http://$addr"
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon on;'
for _ in $(seq 50); do curl -sf "http://$addr/readyz" >/dev/null && break; sleep 0.1; done
if $check; then
  base="http://$addr"
  fail() { echo "cluster check FAILED: $*" >&2; exit 1; }
  code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
  [ "$(code "$base/")" = 200 ] || fail "the app is not served through the proxy"
  token=$(curl -sf -X POST "$base/api/demo/sign-in" -H 'content-type: application/json' \
    -d '{"user_id":"user-megan"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || fail "no demo token"
  for port in "${ports[@]}"; do
    [ "$(code -H "authorization: Bearer $token" "http://127.0.0.1:$port/api/me")" = 200 ] ||
      fail "server on port $port refuses the demo token"
  done
  create() {
    curl -s -X POST "$1/api/claims" -H "authorization: Bearer $token" -H 'content-type: application/json' \
      -H 'idempotency-key: cluster-check-1' -d '{"claim_name":"Through the proxy"}' | sed -n 's/^{"id":"\([^"]*\)".*/\1/p'
  }
  first=$(create "http://127.0.0.1:${ports[0]}")
  again=$(create "http://127.0.0.1:${ports[1]}")
  [ -n "$first" ] && [ "$first" = "$again" ] || fail "replayed key: '$first' then '$again'"
  printf '%%PDF-1.7\n%% a statement of work uploaded through one server\n%%%%EOF\n' > "$work/sow.pdf"
  file=$(curl -s -X POST "http://127.0.0.1:${ports[0]}/api/claims/$first/files" -H "authorization: Bearer $token" \
    -H 'idempotency-key: cluster-check-file' -F "file=@$work/sow.pdf;type=application/pdf" |
    sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  [ -n "$file" ] || fail "the upload through server 0 was refused"
  curl -sf -o "$work/downloaded.pdf" -H "authorization: Bearer $token" \
    "http://127.0.0.1:${ports[1]}/api/claims/$first/files/$file" || fail "server 1 can't serve the file"
  cmp -s "$work/sow.pdf" "$work/downloaded.pdf" || fail "server 1 served other bytes than server 0 stored"
  kill -KILL "${pids[0]}"
  wait "${pids[0]}" 2>/dev/null || true
  for i in $(seq 10); do
    got=$(code -H "authorization: Bearer $token" "$base/api/claims?per_page=5")
    [ "$got" = 200 ] || fail "request $i after a server was killed: $got"
  done
  [ "$(code "$base/readyz")" = 200 ] || fail "not ready after a server was killed"
  echo "cluster check passed: two servers on PostgreSQL and one bucket behind nginx ($base), one killed"
  exit 0
fi
echo "cpor-claims is running at http://$addr on two servers (pids ${pids[*]}, ports ${ports[*]}),"
echo "PostgreSQL $url and files in s3://cpor-files/demo at $AWS_ENDPOINT_URL"
echo "Ctrl-C stops everything."
wait "${pids[@]}" || true
