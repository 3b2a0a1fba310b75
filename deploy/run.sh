#!/usr/bin/env bash
# Starts cajaga on this machine: taxonomy-service (8081), practices-service (8082) and the gateway
# (8080) against the PostgreSQL at 127.0.0.1:5432 (started if it is a stopped Debian cluster).
# Taxonomy's reference data and vocabulary are loaded on first start. Keycloak, scoring-service and
# demo practices come with later issues. Ctrl-C stops what this script started, and only that.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. deploy/lib/postgres.sh

logs="$root/deploy/run/logs"
mkdir -p "$logs"
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null' EXIT INT TERM

if ! ensure_local_postgres; then
  echo "PostgreSQL is not reachable at 127.0.0.1:5432; start it and run this again." >&2
  exit 1
fi
for database in cajaga_taxonomy cajaga_practices cajaga_scoring; do
  if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $database"
  fi
done

echo "Building (the first build downloads Maven and the dependencies from Maven Central)..."
./mvnw -q -B package -DskipTests -pl taxonomy-service,practices-service,scoring-service,gateway -am

# start NAME PORT HEALTH: the gateway is only "ready" once every upstream is, scoring-service included,
# so it is waited for as "live".
start() {
  local name=$1 port=$2 health=${3:-ready}
  java -jar "$name/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$port/q/health/$health" >/dev/null && { echo "$name is up on port $port"; return 0; }
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "$name stopped; see $logs/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name did not become ready in 120 s; see $logs/$name.log" >&2
  exit 1
}
start taxonomy-service "${TAXONOMY_PORT:-8081}"
start practices-service "${PRACTICES_PORT:-8082}"
start scoring-service "${SCORING_PORT:-8083}"
start gateway "${GATEWAY_PORT:-8080}" live

cat <<MSG

Logs: $logs
  Gateway:      http://localhost:${GATEWAY_PORT:-8080}/api/v1/taxonomy/principles
  Practices:    http://localhost:${GATEWAY_PORT:-8080}/api/v1/practices?q=participacion&facets=true
  OpenAPI:      http://localhost:${GATEWAY_PORT:-8080}/openapi
  Swagger UI:   http://localhost:${GATEWAY_PORT:-8080}/q/swagger-ui
  Try:          curl -H 'Accept-Language: en' 'http://localhost:${GATEWAY_PORT:-8080}/api/v1/taxonomy/municipalities?q=juarez'
Press Ctrl-C to stop.
MSG
wait
