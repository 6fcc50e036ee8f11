#!/usr/bin/env bash
# Apache Kafka 4.x (single node, KRaft) for development and CI, from Maven Central jars on Java 17.
#   infra/local/kafka.sh start    fetch jars if absent, format once, start, wait until ready
#   infra/local/kafka.sh stop     SIGTERM (controlled shutdown), SIGKILL after KAFKA_STOP_TIMEOUT s
#   infra/local/kafka.sh status   exit 0 and "running ..." when the broker answers, else exit 3
#   infra/local/kafka.sh reset    stop and delete the data dir (next start formats a fresh cluster)
#   infra/local/kafka.sh pid      print the broker pid (tests SIGKILL it to simulate a crash)
# Idempotent: a second start is fine; start after a crash (stale pid file) restarts on the same data,
# so a test can SIGKILL the broker and start it again without losing acknowledged messages.
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_RUN_DIR (<repo>/.run/kafka),
#      KAFKA_HEAP (-Xms512m -Xmx1g), KAFKA_READY_TIMEOUT (90), KAFKA_STOP_TIMEOUT (30),
#      KAFKA_SKIP_KCAT=1 to not install kcat. Findings behind each choice: docs/kafka.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CONF="$HERE/kafka"
LIB="$CONF/lib"
RUN="${KAFKA_RUN_DIR:-$REPO/.run/kafka}"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
READY_TIMEOUT="${KAFKA_READY_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
PID_FILE="$RUN/kafka.pid"
OUT="$RUN/logs/server.out"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# A fixed id saves one JVM start (random-uuid); it is only ever used with a freshly formatted dir.
CLUSTER_ID="${KAFKA_CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}"
# shellcheck disable=SC2206 # word splitting of KAFKA_HEAP is intended
HEAP=(${KAFKA_HEAP:--Xms512m -Xmx1g})

log() { echo "kafka: $*" >&2; }

# Alive = exists, is not a zombie (a SIGKILLed broker stays one until reaped, and kill -0 still
# succeeds on it) and is still our kafka.Kafka (pids get reused).
is_broker() {
  local pid="$1" state
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
  state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [ "$state" != Z ] && [ "$state" != X ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka'
}

pid_alive() { [ -f "$PID_FILE" ] && is_broker "$(cat "$PID_FILE")"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

fetch_jars() {
  if compgen -G "$LIB/kafka_2.13-*.jar" >/dev/null; then return 0; fi
  command -v mvn >/dev/null || { log "mvn not found (apt-get install -y maven)"; exit 1; }
  log "fetching broker jars from Maven Central into $LIB"
  (cd "$CONF" && mvn -q -B dependency:copy-dependencies -DoutputDirectory=lib -DincludeScope=runtime)
}

ensure_kcat() {
  [ "${KAFKA_SKIP_KCAT:-}" = 1 ] && return 0
  command -v kcat >/dev/null && return 0
  if [ "$(id -u)" != 0 ]; then log "kcat absent and not root: apt-get install -y kcat"; return 0; fi
  log "installing kcat from Debian (independent consumer for the integration tests)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq kcat >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq kcat >/dev/null; }
}

tool() {
  "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 -cp "$LIB/*" \
    -Dlog4j2.configurationFile="$CONF/log4j2-tools.properties" kafka.tools.StorageTool "$@"
}

format_once() {
  mkdir -p "$RUN/data" "$RUN/logs"
  sed -e "s#@DATA_DIR@#$RUN/data#" -e "s#@PORT@#$PORT#g" -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" \
    "$CONF/server.properties" >"$RUN/server.properties"
  # Formatting keeps existing data: a broker restarted after a crash must find its log again.
  [ -f "$RUN/data/meta.properties" ] && return 0
  tool format -t "$CLUSTER_ID" -c "$RUN/server.properties" >"$RUN/logs/format.out" 2>&1 \
    || { cat "$RUN/logs/format.out" >&2; exit 1; }
}

wait_ready() {
  local pid="$1" deadline=$((SECONDS + READY_TIMEOUT))
  # Port 9092 opens only after the broker is unfenced; the log line says the same. Both, to be sure.
  until port_open && grep -q "Kafka Server started" "$OUT"; do
    if ! is_broker "$pid"; then
      # setsid forks when its caller leads a process group (a shell with job control): $! was that
      # parent, gone at once, and the broker is its child. Adopt the broker of this run directory.
      local forked
      forked="$(pgrep -f "kafka\\.Kafka $RUN/server\\.properties" 2>/dev/null | head -n1 || true)"
      if [ -n "$forked" ] && [ "$forked" != "$pid" ] && is_broker "$forked"; then
        pid="$forked"; echo "$pid" >"$PID_FILE"; continue
      fi
      log "broker exited during start-up; last lines of $OUT:"; tail -n 40 "$OUT" >&2; rm -f "$PID_FILE"; return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "not ready after ${READY_TIMEOUT}s; last lines of $OUT:"; tail -n 40 "$OUT" >&2; return 1
    fi
    sleep 0.2
  done
}

start() {
  if pid_alive; then
    local running; running="$(cat "$PID_FILE")"
    # Wait quietly: a broker killed a moment ago may still be dying; then start a new one below.
    if wait_ready "$running" 2>/dev/null; then
      echo "kafka: already running on 127.0.0.1:$PORT (pid $running)"
      ensure_kcat
      return 0
    fi
  fi
  # A broker SIGKILLed a moment ago can hold its listening socket for a short while.
  local free_by=$((SECONDS + 10))
  while port_open && [ "$SECONDS" -lt "$free_by" ]; do sleep 0.2; done
  if port_open; then log "port $PORT is taken by another process"; exit 1; fi
  fetch_jars
  format_once
  [ -f "$OUT" ] && mv -f "$OUT" "$OUT.previous"
  local started=$SECONDS
  # setsid: the broker must not die with the calling shell or test runner's process group.
  setsid nohup "$JAVA" "${HEAP[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -cp "$LIB/*" -Dkafka.logs.dir="$RUN/logs" -Dlog4j2.configurationFile="$CONF/log4j2-server.properties" \
    kafka.Kafka "$RUN/server.properties" >"$OUT" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  wait_ready "$!" || exit 1
  echo "kafka: ready on 127.0.0.1:$PORT (pid $(cat "$PID_FILE"), $((SECONDS - started))s)"
  ensure_kcat
}

stop() {
  if ! pid_alive; then rm -f "$PID_FILE"; echo "kafka: not running"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while is_broker "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
  if is_broker "$pid"; then log "no exit after ${STOP_TIMEOUT}s, SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$PID_FILE"
  echo "kafka: stopped"
}

status() {
  if pid_alive && port_open; then echo "kafka: running on 127.0.0.1:$PORT (pid $(cat "$PID_FILE"))"; return 0; fi
  if pid_alive; then echo "kafka: starting (pid $(cat "$PID_FILE"), port $PORT not open yet)"; return 3; fi
  echo "kafka: stopped"; return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset)
    stop
    # Only ever a directory this script formatted (KAFKA_RUN_DIR could point anywhere).
    if [ -f "$RUN/server.properties" ] || [ -f "$RUN/data/meta.properties" ]; then
      rm -rf "$RUN"; echo "kafka: data removed"
    else
      echo "kafka: nothing to remove in $RUN"
    fi ;;
  pid) pid_alive && cat "$PID_FILE" || exit 3 ;;
  *) echo "usage: $0 start|stop|status|reset|pid" >&2; exit 2 ;;
esac
