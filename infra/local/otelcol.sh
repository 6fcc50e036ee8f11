#!/usr/bin/env bash
# A real OpenTelemetry Collector for the integration tests: infra/otelcol, a minimal build of the
# official modules (OTLP receiver, contrib file exporter, debug exporter; release v0.161.0) from the
# Go module proxy, configured by infra/otelcol/config.yaml. Spans it receives land in a file as
# OTLP JSON, one line per batch.
#   infra/local/otelcol.sh build       build once into the cache; skipped when this source was built
#   infra/local/otelcol.sh start DIR   build if needed, start on a free loopback port, wait until it
#                                      accepts OTLP/HTTP, print its endpoint (http://127.0.0.1:PORT);
#                                      DIR gets traces.jsonl (what it received), collector.log, pid
#   infra/local/otelcol.sh wait DIR    wait until the collector started in DIR accepts connections
#   infra/local/otelcol.sh stop DIR    SIGTERM (the file exporter flushes), SIGKILL after 10 s
#   infra/local/otelcol.sh path        print the binary's path (after build)
# Idempotent: start on a DIR whose collector runs prints its endpoint again; stop of a stopped one is fine.
# Env: OTELCOL_CACHE (${XDG_CACHE_HOME:-~/.cache}/contract-ledger/otelcol), OTELCOL_READY_TIMEOUT (30).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SRC="$REPO/infra/otelcol"
CACHE="${OTELCOL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/contract-ledger/otelcol}"
READY_TIMEOUT="${OTELCOL_READY_TIMEOUT:-30}"

log() { echo "otelcol: $*" >&2; }

# The build is keyed by its inputs: a changed go.mod, go.sum, main.go or Go release builds anew.
binary() {
  local key
  key="$( (cat "$SRC/go.mod" "$SRC/go.sum" "$SRC/main.go"; go version) | sha256sum | cut -c1-16)"
  echo "$CACHE/$key/ledger-otelcol"
}

build() {
  command -v go >/dev/null || { log "go not found (apt-get install -y golang, or a Go >= 1.26 on PATH)"; exit 1; }
  local bin; bin="$(binary)"
  mkdir -p "$CACHE"
  # One build at a time: two test files starting collectors together must not both compile.
  exec 9>"$CACHE/.lock"
  flock 9
  if [ ! -x "$bin" ]; then
    log "building $bin from $SRC (modules from the Go module proxy; a few minutes the first time)"
    mkdir -p "$(dirname "$bin")"
    # `a && b` under set -e does not stop on a failing `a`: a failed build once left no binary and
    # no error here, so check the result. One retry for a transient module proxy failure.
    local attempt
    for attempt in 1 2; do
      if (cd "$SRC" && go build -trimpath -o "$bin.tmp" .); then
        mv "$bin.tmp" "$bin"
        break
      fi
      log "go build failed (attempt $attempt of 2)"
    done
    [ -x "$bin" ] || { log "no collector binary at $bin after the build"; exit 1; }
  fi
  flock -u 9
  echo "$bin"
}

pid_of() { [ -f "$1/pid" ] && cat "$1/pid"; }

alive() {
  local pid; pid="$(pid_of "$1")" || return 1
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q ledger-otelcol
}

# The started process, whatever it runs at this instant: `alive` also wants the collector's command
# line, but between the fork and the collector's exec that line is the shell's or setsid's, and
# while an exec is under way /proc reads it empty. wait_ready once took that moment (CI, load 2-7)
# for an exit: "exited while starting" with an empty log, the collector starting fine behind it.
running() {
  local pid; pid="$(pid_of "$1")" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # A zombie (state Z) has exited; its parent, this script, has not reaped it yet.
  [ "$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null)" != Z ]
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_ready() {
  local dir="$1" deadline=$((SECONDS + READY_TIMEOUT)) port
  port="$(cat "$dir/port")"
  # Receivers start last, after the exporters: once the port accepts, the pipeline is up.
  until port_open "$port"; do
    if ! running "$dir"; then log "exited while starting:"; cat "$dir/collector.log" >&2; exit 1; fi
    if [ "$SECONDS" -ge "$deadline" ]; then log "not ready after $READY_TIMEOUT s"; cat "$dir/collector.log" >&2; exit 1; fi
    sleep 0.1
  done
}

start() {
  local dir="${1:?usage: $0 start DIR}" bin port
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  if alive "$dir"; then echo "http://127.0.0.1:$(cat "$dir/port")"; return 0; fi
  bin="$(build)"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  echo "$port" >"$dir/port"
  : >"$dir/traces.jsonl"
  OTELCOL_ENDPOINT="127.0.0.1:$port" OTELCOL_OUTPUT="$dir/traces.jsonl" \
    setsid "$bin" --config "$SRC/config.yaml" >"$dir/collector.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
  wait_ready "$dir"
  echo "http://127.0.0.1:$port"
}

stop() {
  local dir="${1:?usage: $0 stop DIR}" pid i
  alive "$dir" || return 0
  pid="$(pid_of "$dir")"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 100); do alive "$dir" || return 0; sleep 0.1; done
  log "still running 10 s after SIGTERM: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-}" in
  build) build >/dev/null ;;
  start) start "${2:-}" ;;
  wait) wait_ready "${2:?usage: $0 wait DIR}" ;;
  stop) stop "${2:-}" ;;
  path) binary ;;
  *) echo "usage: $0 build|start DIR|wait DIR|stop DIR|path" >&2; exit 2 ;;
esac
