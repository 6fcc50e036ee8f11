#!/usr/bin/env bash
# PostgreSQL for development and CI, from Debian, without systemd.
#   infra/local/postgres.sh start   install if absent, start, create role+db, print DATABASE_URL
#   infra/local/postgres.sh stop | status | url
# Idempotent: a second start is fine. Role/db/password come from PG_APP_USER/PG_APP_DB/PG_APP_PASSWORD.
set -euo pipefail

APP_USER="${PG_APP_USER:-ledger}"
APP_DB="${PG_APP_DB:-ledger}"
APP_PASSWORD="${PG_APP_PASSWORD:-ledger}"
PORT="${PG_PORT:-5432}"
URL="postgres://${APP_USER}:${APP_PASSWORD}@127.0.0.1:${PORT}/${APP_DB}"

sudo_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }

cluster() {
  # Prints "<version> <name>" of the first cluster, empty if none.
  pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1, $2}'
}

install() {
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    echo "postgres: installing from Debian" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
  fi
  if [ -z "$(cluster)" ]; then
    local version; version="$(ls /usr/lib/postgresql | sort -V | tail -n1)"
    pg_createcluster "$version" main --port "$PORT" >/dev/null
  fi
}

start() {
  install
  read -r version name <<<"$(cluster)"
  if ! pg_ctlcluster "$version" "$name" status >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start \
      || pg_lsclusters | grep -Eq "^$version +$name .*online"
  fi
  pg_isready -q -h 127.0.0.1 -p "$PORT" -t 30 || { echo "postgres: not ready after 30 s" >&2; exit 1; }
  sudo_pg "psql -q -v ON_ERROR_STOP=1 -p $PORT" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_USER}') THEN
    CREATE ROLE ${APP_USER} LOGIN PASSWORD '${APP_PASSWORD}' CREATEDB;
  END IF;
END \$\$;
SELECT 'CREATE DATABASE ${APP_DB} OWNER ${APP_USER}'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${APP_DB}')\gexec
SQL
  echo "$URL"
}

stop() {
  local c; c="$(cluster)"
  [ -n "$c" ] || return 0
  read -r version name <<<"$c"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop 2>/dev/null || true
}

status() {
  local c; c="$(cluster)"
  [ -n "$c" ] || { echo "postgres: not installed"; return 3; }
  read -r version name <<<"$c"
  if pg_ctlcluster "$version" "$name" status >/dev/null 2>&1; then echo "postgres: running ($version/$name) $URL"; else echo "postgres: stopped ($version/$name)"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
