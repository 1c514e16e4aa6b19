#!/usr/bin/env bash
# The complete test suite: lint + type check, build, then every vitest test (SQLite, PostgreSQL
# against a throwaway cluster, browser journeys in Chromium against the built app).
# Usage: npm test [-- vitest args]     e.g. npm test -- src/core
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg-test-cluster.sh
source scripts/pg-test-cluster.sh

CHROMIUM=/usr/bin/chromium

# --- 1. prerequisites --------------------------------------------------------------------------
missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
pg_test_bin_dir >/dev/null || missing+=(postgresql)
# Our vCards and calendars are read back by real third-party parsers (Debian's Python modules).
/usr/bin/python3 -c 'import vobject' >/dev/null 2>&1 || missing+=(python3-vobject)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing+=(python3-icalendar)

if ((${#missing[@]} > 0)); then
  if [[ -f /etc/debian_version && "$(id -u)" == 0 ]]; then
    echo "== installing missing packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Missing test prerequisites: ${missing[*]}" >&2
    for pkg in "${missing[@]}"; do
      case $pkg in
        chromium) echo "  - Chromium at $CHROMIUM (used by the browser journeys)" >&2 ;;
        postgresql) echo "  - PostgreSQL server binaries (initdb, pg_ctl, postgres) under /usr/lib/postgresql/<ver>/bin" >&2 ;;
        python3-vobject | python3-icalendar) echo "  - $pkg for /usr/bin/python3 (reads our vCards and calendars back)" >&2 ;;
      esac
    done
    echo "Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "(Only the binaries are needed; the tests start their own throwaway cluster." >&2
    echo " Elsewhere, PG_BIN=/path/to/postgres/bin points at another PostgreSQL install.)" >&2
    exit 1
  fi
fi
if [[ ! -x node_modules/.bin/vitest ]]; then
  echo "Dependencies are not installed: run npm install first" >&2
  exit 1
fi

# --- 2. the throwaway PostgreSQL cluster (started before the tests) is always removed ---------
on_exit() {
  local status=$?
  pg_test_cluster_stop
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 3. lint, build, tests; the first failure's exit code is the script's ----------------------
echo "== lint and type check"
npm run --silent check

echo "== build"
npm run --silent build

pg_test_cluster_start
export COFFEECHAT_REQUIRE_POSTGRES=1

echo "== tests (SQLite + PostgreSQL at 127.0.0.1:$PG_TEST_PORT, Chromium $CHROMIUM)"
npx vitest run --reporter=verbose "$@"
