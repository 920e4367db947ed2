# Sourced by scripts/postgres.sh and scripts/s3.sh: what both need to run a
# command beside a throwaway server.

# A port nobody listens on, on 127.0.0.1.
free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# run_beside CLEANUP CMD [ARGS...]: runs CMD, then the shell command CLEANUP
# whatever happens to CMD or to us, and exits with CMD's exit code. CMD runs
# in background (stdin kept) so that a signal to us is handled at once:
# passed on to CMD, waited for, then CLEANUP.
run_beside() {
    local cleanup=$1 rc=0
    shift
    child=
    trap "$cleanup" EXIT
    trap 'forward_signal INT 130' INT
    trap 'forward_signal TERM 143' TERM
    trap 'forward_signal HUP 129' HUP
    "$@" <&0 &
    child=$!
    wait "$child" || rc=$?
    child=
    exit "$rc"
}

forward_signal() {
    if [[ -n "${child:-}" ]]; then
        kill -"$1" "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    exit "$2"
}
