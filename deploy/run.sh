#!/usr/bin/env bash
# Starts cajaga on this machine. For now that is taxonomy-service on port 8081 against the
# PostgreSQL at 127.0.0.1:5432 (started if it is a stopped Debian cluster); the reference data and
# the seeded vocabulary are its demo data. Ctrl-C stops what this script started.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. deploy/lib/postgres.sh

port=${TAXONOMY_PORT:-8081}
logs="$root/deploy/run/logs"
mkdir -p "$logs"

if ! ensure_local_postgres; then
  echo "PostgreSQL is not reachable at 127.0.0.1:5432; start it and run this again." >&2
  exit 1
fi
if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'cajaga_taxonomy'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE cajaga_taxonomy"
fi

echo "Building taxonomy-service (the first build downloads dependencies from Maven Central)..."
./mvnw -q -B package -DskipTests -pl taxonomy-service -am

TAXONOMY_PORT=$port java -jar taxonomy-service/target/quarkus-app/quarkus-run.jar >"$logs/taxonomy-service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT INT TERM

for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$port/q/health/ready" >/dev/null; then
    cat <<MSG
taxonomy-service is ready (logs: $logs/taxonomy-service.log)
  API:          http://localhost:$port/api/v1/taxonomy/principles
  OpenAPI:      http://localhost:$port/q/openapi
  Swagger UI:   http://localhost:$port/q/swagger-ui
  Try:          curl -H 'Accept-Language: en' 'http://localhost:$port/api/v1/taxonomy/municipalities?q=juarez'
Press Ctrl-C to stop.
MSG
    wait $pid
    exit $?
  fi
  kill -0 $pid 2>/dev/null || { echo "taxonomy-service stopped; see $logs/taxonomy-service.log" >&2; exit 1; }
  sleep 0.5
done
echo "taxonomy-service did not become ready in 60 s; see $logs/taxonomy-service.log" >&2
exit 1
