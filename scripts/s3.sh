#!/usr/bin/env bash
# A throwaway S3-compatible store for tests and the cluster demo: moto in
# server mode (from PyPI, in a virtualenv under target/), on a free port of
# 127.0.0.1 only, holding one empty bucket, `cpor-files`, in memory.
#
#   scripts/s3.sh start
#       starts a store; prints one line on stdout, "ENDPOINT PID", e.g.
#       http://127.0.0.1:40123 12345
#   scripts/s3.sh stop [ENDPOINT] PID
#       stops that store; the whole line `start` printed is accepted too
#   scripts/s3.sh run -- CMD [ARGS...]
#       starts a store, runs CMD with CPOR_TEST_S3=s3://cpor-files and the
#       AWS_* variables that reach it (AWS_ENDPOINT_URL, AWS_ALLOW_HTTP,
#       test credentials and region), stops the store whatever CMD does, and
#       exits with CMD's exit code
#
# Progress and errors go to stderr; stdout carries only what is said above
# (and, with `run`, CMD's own output).
set -euo pipefail
. "$(dirname "$0")/lib/throwaway.sh"

MOTO_VERSION=5.2.1
BUCKET=cpor-files
venv=$(cd "$(dirname "$0")/.." && pwd)/target/moto-venv

say() { printf 's3.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2
    exit 2
}

install() {
    if [[ -x "$venv/bin/moto_server" ]] &&
        [[ "$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))' 2>/dev/null)" == "$MOTO_VERSION" ]]; then
        return
    fi
    say "installing moto $MOTO_VERSION into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "moto[s3,server]==$MOTO_VERSION" >&2
}

start() {
    install
    local port endpoint server log
    port=$(free_port)
    endpoint="http://127.0.0.1:$port"
    log=$(mktemp "${TMPDIR:-/tmp}/cpor-s3.XXXXXX.log")
    say "starting moto on $endpoint (log: $log)"
    # Its own session, so a Ctrl-C meant for the caller does not reach it;
    # no descriptor of ours, so `$(scripts/s3.sh start)` returns.
    setsid "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" </dev/null >>"$log" 2>&1 &
    server=$!
    local deadline=$((SECONDS + 30))
    until curl -sf -o /dev/null -X PUT "$endpoint/$BUCKET"; do
        if ((SECONDS >= deadline)) || ! kill -0 "$server" 2>/dev/null; then
            say "moto did not start within 30 s (or exited); its log:"
            cat "$log" >&2 || true
            kill "$server" 2>/dev/null || true
            exit 1
        fi
        sleep 0.2
    done
    rm -f "$log"
    say "ready: $endpoint, bucket $BUCKET"
    printf '%s %s\n' "$endpoint" "$server"
}

stop() {
    local pid=
    for arg in "$@"; do
        [[ "$arg" == http://* ]] || pid=$arg
    done
    [[ "$pid" =~ ^[0-9]+$ ]] || usage
    # Only a moto server is stopped, never another process.
    if grep -q moto_server "/proc/$pid/cmdline" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        say "stopped moto (pid $pid)"
    fi
}

run() {
    [[ "${1:-}" == -- ]] && shift
    (($# > 0)) || usage
    local line endpoint pid
    line=$(start)
    endpoint=${line%% *}
    pid=${line#* }
    export CPOR_TEST_S3="s3://$BUCKET"
    export AWS_ENDPOINT_URL=$endpoint AWS_ALLOW_HTTP=true AWS_REGION=us-east-1
    export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing
    run_beside "stop $pid" "$@"
}

case "${1:-}" in
    install) install ;;
    start) shift; (($# == 0)) || usage; start ;;
    stop) shift; stop "$@" ;;
    run) shift; run "$@" ;;
    *) usage ;;
esac
