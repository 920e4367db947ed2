#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, from Debian's `postgresql`
# package: a fresh cluster in a temporary folder, listening on a free port
# of 127.0.0.1 only, trusting every local connection as `postgres`, with
# fsync, synchronous_commit and full_page_writes off (CPOR_PG_DURABLE=1 keeps
# them on). When run as root the server runs as the `postgres` OS user.
#
#   scripts/postgres.sh start
#       starts a server; prints one line on stdout, "URL DATADIR", e.g.
#       postgres://postgres@127.0.0.1:40123/postgres /tmp/cpor-pg.AbC123
#   scripts/postgres.sh stop [URL] DATADIR
#       stops that server (immediate shutdown) and removes DATADIR; the
#       whole line `start` printed is accepted too
#   scripts/postgres.sh run -- CMD [ARGS...]
#       starts a server, runs CMD with CPOR_TEST_POSTGRES=URL (and the
#       server's bin folder first on PATH), stops the server whatever CMD
#       does, and exits with CMD's exit code
#
# Progress and errors go to stderr; stdout carries only what is said above
# (and, with `run`, CMD's own output).
set -euo pipefail
. "$(dirname "$0")/lib/throwaway.sh"

say() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2
    exit 2
}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[[ -n "$bindir" && -x "$bindir/postgres" ]] \
    || die "no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)"

# Run a command as the user that owns the cluster: `postgres` when we are
# root (PostgreSQL refuses to run as root), ourselves otherwise.
as_owner() {
    if [[ $EUID -eq 0 ]]; then
        if command -v runuser >/dev/null; then
            runuser -u postgres -- "$@"
        else
            su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}


# The folder holds a cluster this script made (never remove anything else).
is_our_cluster() {
    [[ -d "$1" && -f "$1/PG_VERSION" && "$(basename "$1")" == cpor-pg.* ]]
}

start() {
    local base dir port log url durable_opts=()
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root, but there is no 'postgres' user"
        base=/tmp # reachable by the postgres user, whatever TMPDIR is
    else
        base=${TMPDIR:-/tmp}
    fi
    dir=$(mktemp -d "$base/cpor-pg.XXXXXX")
    if [[ $EUID -eq 0 ]]; then chown postgres: "$dir"; fi
    log="$dir/postgres.log"

    local nosync=(--no-sync)
    if [[ "${CPOR_PG_DURABLE:-}" == 1 ]]; then
        nosync=()
    else
        durable_opts=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
    fi

    say "initdb $dir"
    if ! as_owner "$bindir/initdb" -D "$dir" -A trust -U postgres "${nosync[@]}" \
        -E UTF8 --locale=C >"$dir.initdb.log" 2>&1; then
        cat "$dir.initdb.log" >&2
        rm -rf "$dir" "$dir.initdb.log"
        die "initdb failed"
    fi
    rm -f "$dir.initdb.log"

    port=$(free_port)
    say "starting postgres on 127.0.0.1:$port (log: $log)"
    # Its own session, so a Ctrl-C meant for the caller does not reach it;
    # no descriptor of ours, so `$(scripts/postgres.sh start)` returns.
    setsid "$0" __serve "$dir" "$port" "${durable_opts[@]}" </dev/null >>"$log" 2>&1 &
    local server=$!

    local deadline=$((SECONDS + 30))
    until "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U postgres; do
        if ((SECONDS >= deadline)) || ! kill -0 "$server" 2>/dev/null; then
            say "postgres did not start within 30 s (or exited); its log:"
            cat "$log" >&2 || true
            stop_dir "$dir" || true
            exit 1
        fi
        sleep 0.1
    done
    url="postgres://postgres@127.0.0.1:$port/postgres"
    say "ready: $url"
    printf '%s %s\n' "$url" "$dir"
}

# Internal: the foreground server process that `start` puts in background.
serve() {
    local dir=$1 port=$2
    shift 2
    if [[ $EUID -eq 0 ]]; then
        exec runuser -u postgres -- "$bindir/postgres" -D "$dir" -p "$port" -k "$dir" \
            -c listen_addresses=127.0.0.1 "$@"
    fi
    exec "$bindir/postgres" -D "$dir" -p "$port" -k "$dir" -c listen_addresses=127.0.0.1 "$@"
}

stop_dir() {
    local dir=$1 pid
    is_our_cluster "$dir" || die "not a cluster made by this script: $dir"
    if [[ -f "$dir/postmaster.pid" ]]; then
        say "stopping postgres in $dir"
        if ! as_owner "$bindir/pg_ctl" -D "$dir" -m immediate -w -t 30 stop >&2; then
            pid=$(head -1 "$dir/postmaster.pid" 2>/dev/null || true)
            if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
                die "could not stop postgres (pid $pid); $dir left in place"
            fi
        fi
    fi
    rm -rf "$dir"
    say "removed $dir"
}

stop() {
    local dir=
    for arg in "$@"; do
        [[ "$arg" == postgres://* || "$arg" == postgresql://* ]] || dir=$arg
    done
    [[ -n "$dir" ]] || usage
    stop_dir "$dir"
}

run() {
    [[ "${1:-}" == -- ]] && shift
    (($# > 0)) || usage
    local line url dir
    line=$(start)
    url=${line%% *}
    dir=${line#* }
    export CPOR_TEST_POSTGRES=$url
    export PATH="$bindir:$PATH"
    run_beside "stop_dir $(printf %q "$dir")" "$@"
}

case "${1:-}" in
    start) shift; (($# == 0)) || usage; start ;;
    stop) shift; stop "$@" ;;
    run) shift; run "$@" ;;
    __serve) shift; serve "$@" ;;
    *) usage ;;
esac
