#!/usr/bin/env bash
# Runs the OCDS community checker (lib-cove-ocds, ocdskit) on published OCDS files; installs it first
# into tools/ocds/.venv from PyPI with every version pinned (requirements.txt). `install` only installs.
# Usage: tools/ocds/community-check.sh install | RELEASE_PACKAGE RECORD_PACKAGE [MORE...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [ ! -x "$venv/bin/libcoveocds" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  echo "$want" > "$stamp"
fi
[ "${1:-}" = install ] && exit 0
exec "$venv/bin/python" "$here/community-check.py" "$@"
