#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: initdb into a fresh temp dir, trust auth,
# listening only on 127.0.0.1 at a free port, no fsync. Nothing outside the temp dir is touched.
#
# Sourced (by scripts/test.sh):   pg_test_cluster_start; ...; pg_test_cluster_stop
#   sets PG_TEST_PORT, PG_TEST_DIR and exports COFFEECHAT_TEST_DATABASE_URL.
#   The caller owns the EXIT trap and must call pg_test_cluster_stop from it.
# Run directly:                   bash scripts/pg-test-cluster.sh [command args...]
#   starts a cluster, runs the command (default: psql) against it, stops and removes it.
#
# PostgreSQL refuses to run as root; as root the server runs as the `postgres` OS user.
# PG_BIN may name the directory holding initdb/pg_ctl/pg_isready (default: newest
# /usr/lib/postgresql/<ver>/bin, else `pg_config --bindir`, else wherever initdb is on PATH).

pg_test_bin_dir() {
  if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/initdb" ]]; then
    echo "$PG_BIN"
    return 0
  fi
  local newest
  newest=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1 || true)
  if [[ -n "$newest" && -x "$newest" ]]; then
    dirname "$newest"
    return 0
  fi
  if command -v pg_config >/dev/null 2>&1; then
    local dir
    dir=$(pg_config --bindir 2>/dev/null || true)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then
      echo "$dir"
      return 0
    fi
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

# A port nobody listens on right now (the kernel picks it). pg_test_cluster_start retries on a race.
pg_test_free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Run a PostgreSQL server binary as a user it accepts.
pg_test_as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    # From a directory postgres can enter (the caller's may be private to root).
    (cd "${PG_TEST_DIR:-/}" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

PG_TEST_DIR=""
PG_TEST_PORT=""
PG_TEST_BIN=""

pg_test_cluster_start() {
  PG_TEST_BIN=$(pg_test_bin_dir) || {
    echo "PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package" >&2
    return 1
  }
  if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
    echo "running as root, but there is no 'postgres' OS user to run the server as" >&2
    return 1
  fi

  PG_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/coffeechat-pg.XXXXXX")
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres: "$PG_TEST_DIR"
  fi
  local data="$PG_TEST_DIR/data" log="$PG_TEST_DIR/server.log"

  pg_test_as_owner "$PG_TEST_BIN/initdb" -D "$data" -U postgres --auth=trust --no-sync \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 ||
    pg_test_as_owner "$PG_TEST_BIN/initdb" -D "$data" -U postgres --auth=trust --no-sync \
      --encoding=UTF8 --no-locale >"$PG_TEST_DIR/initdb.log" 2>&1 || {
    echo "initdb failed:" >&2
    cat "$PG_TEST_DIR/initdb.log" >&2
    return 1
  }

  local attempt
  for attempt in 1 2 3 4 5; do
    PG_TEST_PORT=$(pg_test_free_port)
    if pg_test_as_owner "$PG_TEST_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -c unix_socket_directories=$PG_TEST_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    if [[ $attempt == 5 ]]; then
      echo "PostgreSQL failed to start; server log:" >&2
      cat "$log" >&2 || true
      return 1
    fi
  done

  local i
  for i in $(seq 1 60); do
    "$PG_TEST_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_TEST_PORT" && break
    if [[ $i == 60 ]]; then
      echo "PostgreSQL at 127.0.0.1:$PG_TEST_PORT is not ready; server log:" >&2
      cat "$log" >&2 || true
      return 1
    fi
    sleep 0.5
  done

  export COFFEECHAT_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_TEST_PORT/postgres"
}

# Idempotent; safe to call from an EXIT trap whether or not the start got anywhere.
pg_test_cluster_stop() {
  if [[ -n "$PG_TEST_DIR" && -d "$PG_TEST_DIR" ]]; then
    if [[ -f "$PG_TEST_DIR/data/postmaster.pid" ]]; then
      pg_test_as_owner "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TEST_DIR"
  fi
  PG_TEST_DIR=""
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  trap 'pg_test_cluster_stop' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_test_cluster_start
  echo "PostgreSQL at $COFFEECHAT_TEST_DATABASE_URL" >&2
  # So that plain `psql`, `createdb`, ... reach it too.
  export PGHOST=127.0.0.1 PGPORT="$PG_TEST_PORT" PGUSER=postgres PGDATABASE=postgres
  if [[ $# == 0 ]]; then
    set -- psql
  fi
  # Not exec: the EXIT trap must still run to stop the cluster.
  status=0
  "$@" || status=$?
  exit "$status"
fi
