# Starts services from their built jars for a bench run, on their own databases and ports, and stops
# exactly what it started (see bench_stop).

BENCH_PIDS=()

# bench_db NAME: a fresh, empty database.
bench_db() {
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $1" >/dev/null
}

# bench_start NAME JAR LOG [java options...]: starts a service in the background.
bench_start() {
  local name=$1 jar=$2 log=$3
  shift 3
  java -Xmx1g "$@" -jar "$jar" >"$log" 2>&1 &
  BENCH_PIDS+=($!)
  echo "started $name (pid $!, log $log)"
}

# bench_wait URL SECONDS: waits until the URL answers 200.
bench_wait() {
  for _ in $(seq 1 $(($2 * 4))); do
    curl -fs "$1" >/dev/null && return 0
    sleep 0.25
  done
  echo "not ready: $1" >&2
  return 1
}

bench_stop() {
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
