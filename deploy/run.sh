#!/usr/bin/env bash
# Starts the whole cajaga suite on this machine, in order, with demo data:
#   PostgreSQL (127.0.0.1:5432; a stopped Debian cluster is started; with none, an embedded one from
#   Maven Central, io.zonky, kept in deploy/run/postgres) and the three databases,
#   Keycloak (keycloak-quarkus-dist from Maven Central, realm deploy/keycloak/cajaga-realm.json),
#   taxonomy-service, practices-service, scoring-service, notifications-service and the gateway,
#   then the demo catalogue through the public API (deploy/demo/DemoData.java).
# Anything already answering on its port is reused, not started again. Ctrl-C (or SIGTERM) stops
# what this script started, and only that. Logs: deploy/run/logs/<component>.log.
#
# Environment: GATEWAY_PORT (8080), TAXONOMY_PORT (8081), PRACTICES_PORT (8082), SCORING_PORT (8083),
# NOTIFY_PORT (8084), KEYCLOAK_PORT (8180), CAJAGA_DB_PREFIX (cajaga: databases cajaga_taxonomy, _practices,
# _scoring, _notifications), NOTIFY_ALLOWED_HOSTS (127.0.0.1,localhost: webhook receivers on this machine),
# CAJAGA_FRESH_DATABASES (false: true drops and recreates them), CAJAGA_EMBEDDED_POSTGRES (false: true
# uses the embedded PostgreSQL even where a server could run), CAJAGA_DEMO_DATA (true),
# CAJAGA_SKIP_BUILD (false), CAJAGA_KEYCLOAK (true: false starts no Keycloak, for callers that make
# the services trust their own key through CAJAGA_JAVA_OPTS), CAJAGA_JAVA_OPTS (extra JVM options for
# the services), CAJAGA_SERVICE_CPUS (CPU list the services are pinned to with taskset), CAJAGA_JAVA
# (the java that runs the services: java on the PATH; a JDK 25 or later starts them faster),
# CAJAGA_START_TIMEOUT (300: seconds each component may take to answer; a busy machine needs them),
# CAJAGA_REPLICAS (1: 2 starts a second practices-service, scoring-service, notifications-service and
# gateway on GATEWAY_PORT_2 8090, PRACTICES_PORT_2 8092, SCORING_PORT_2 8093, NOTIFY_PORT_2 8094),
# OTEL_EXPORTER_OTLP_ENDPOINT (none: traces are not exported; an OTLP collector's address exports every
# service's and the gateway's spans there) and OTEL_EXPORTER_OTLP_PROTOCOL (grpc, or http/protobuf).
# The e2e module and bench/run.sh run this script on free ports with their own databases.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. deploy/lib/postgres.sh
. deploy/lib/java.sh
. deploy/lib/keycloak.sh
. deploy/lib/wait.sh

export GATEWAY_PORT=${GATEWAY_PORT:-8080} TAXONOMY_PORT=${TAXONOMY_PORT:-8081} PRACTICES_PORT=${PRACTICES_PORT:-8082}
export SCORING_PORT=${SCORING_PORT:-8083} NOTIFY_PORT=${NOTIFY_PORT:-8084} KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
export GATEWAY_PORT_2=${GATEWAY_PORT_2:-8090} PRACTICES_PORT_2=${PRACTICES_PORT_2:-8092} SCORING_PORT_2=${SCORING_PORT_2:-8093} \
  NOTIFY_PORT_2=${NOTIFY_PORT_2:-8094}
export KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
export TAXONOMY_URL="http://localhost:$TAXONOMY_PORT" PRACTICES_URL="http://localhost:$PRACTICES_PORT"
export SCORING_URL="http://localhost:$SCORING_PORT" SCORING_CLIENT_SECRET=${SCORING_CLIENT_SECRET:-demo-scoring-secret}
export NOTIFY_URL="http://localhost:$NOTIFY_PORT"
# The demo's webhook receivers run on this machine: plain HTTP to loopback is allowed for them only.
export NOTIFY_ALLOWED_HOSTS=${NOTIFY_ALLOWED_HOSTS:-127.0.0.1,localhost}
# Traces are exported only to a collector named here (none by default: nothing tries to connect); every service and
# the gateway get the same three settings. The third, the share of new traces recorded, is by default all of them
# when they go to a collector and none when nothing would export them (ids and propagation are the same either way).
export OTEL_EXPORTER_OTLP_ENDPOINT=${OTEL_EXPORTER_OTLP_ENDPOINT:-} OTEL_EXPORTER_OTLP_PROTOCOL=${OTEL_EXPORTER_OTLP_PROTOCOL:-grpc}
export OTEL_TRACES_SAMPLER_ARG=${OTEL_TRACES_SAMPLER_ARG:-$([ -n "$OTEL_EXPORTER_OTLP_ENDPOINT" ] && echo 1.0 || echo 0)}
gateway="http://localhost:$GATEWAY_PORT"
# The address clients use: the gateway's documents name it, and every service's links start with it.
export GATEWAY_PUBLIC_URL=${GATEWAY_PUBLIC_URL:-$gateway}
prefix=${CAJAGA_DB_PREFIX:-cajaga}
export TAXONOMY_DB_URL="jdbc:postgresql://127.0.0.1:5432/${prefix}_taxonomy"
export PRACTICES_DB_URL="jdbc:postgresql://127.0.0.1:5432/${prefix}_practices"
export SCORING_DB_URL="jdbc:postgresql://127.0.0.1:5432/${prefix}_scoring"
export NOTIFY_DB_URL="jdbc:postgresql://127.0.0.1:5432/${prefix}_notifications"

logs="$root/deploy/run/logs"
mkdir -p "$logs"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
start_timeout=${CAJAGA_START_TIMEOUT:-300}
trap 'exit 130' INT TERM

# wait_for NAME URL PID: polls URL until it answers, for up to CAJAGA_START_TIMEOUT seconds.
wait_for() {
  local name=$1 url=$2 pid=${3:-}
  for _ in $(seq 1 $((start_timeout * 2))); do
    curl -fs "$url" >/dev/null && { echo "$name is up ($url)"; return 0; }
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped; see $logs/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "$name did not answer in $start_timeout s; see $logs/$name.log" >&2
  exit 1
}

databases=("${prefix}_taxonomy" "${prefix}_practices" "${prefix}_scoring" "${prefix}_notifications")
if [ "${CAJAGA_EMBEDDED_POSTGRES:-false}" != true ] && ensure_local_postgres; then
  for database in "${databases[@]}"; do
    if [ "${CAJAGA_FRESH_DATABASES:-false}" = true ]; then
      psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)"
    fi
    if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
      psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $database"
    fi
  done
else
  echo "No PostgreSQL at 127.0.0.1:5432: starting an embedded one (io.zonky; data in deploy/run/postgres)"
  # initdb refuses root: as root the embedded server runs in a user namespace, as .ci/run does.
  namespace=()
  [ "$(id -u)" = 0 ] && namespace=(unshare -U)
  MAVEN_OPTS="${MAVEN_OPTS:-} -Duser.home=$HOME" "${namespace[@]}" ./mvnw -q -B -pl test-support compile exec:java \
    -Dexec.mainClass=org.cajaga.testing.EmbeddedPostgresServer \
    -Dexec.args="$root/deploy/run/postgres ${databases[*]}" >"$logs/postgres.log" 2>&1 &
  pids+=($!)
  wait_for_line "$logs/postgres.log" 'embedded PostgreSQL ready' "${pids[-1]}" 120 || exit 1
fi

if [ "${CAJAGA_SKIP_BUILD:-false}" != true ]; then
  echo "Building (the first build downloads Maven and the dependencies from Maven Central)..."
  ./mvnw -q -B package -DskipTests -pl taxonomy-service,practices-service,scoring-service,notifications-service,gateway -am
fi

if [ "${CAJAGA_KEYCLOAK:-true}" != true ]; then
  echo "Keycloak not started (CAJAGA_KEYCLOAK=false)"
elif keycloak_ready "$KEYCLOAK_URL"; then
  echo "Keycloak already answers at $KEYCLOAK_URL; using it"
else
  home=$(keycloak_home "$root")
  KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
    "$home/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --http-management-port=$((KEYCLOAK_PORT + 820)) \
    --import-realm >"$logs/keycloak.log" 2>&1 &
  pids+=($!)
  wait_for keycloak "$KEYCLOAK_URL/realms/cajaga/.well-known/openid-configuration" "${pids[-1]}"
fi

java=${CAJAGA_JAVA:-java}
if java_has_aot_cache "$java"; then
  archive_kind=aot use_archive=-XX:AOTCache= record_archive=-XX:AOTCacheOutput=
  # Every second, memory the JVM's own allocations freed goes back to the system (JDK 22 and later).
  service_jvm_options+=(-XX:TrimNativeHeapInterval=1000)
else
  archive_kind=jsa use_archive=-XX:SharedArchiveFile= record_archive=-XX:ArchiveClassesAtExit=
fi

# start SERVICE PORT HEALTH [INSTANCE]: starts a service unless its port already answers; INSTANCE
# (default SERVICE) names its log and its class-data recording.
start() {
  local service=$1 port=$2 health=$3 name=${4:-$1}
  if curl -fs "http://localhost:$port/q/health/live" >/dev/null; then
    echo "$name already answers on port $port; using it"
    return 0
  fi
  local pin=() jar jvm=("${service_jvm_options[@]}")
  jar=$(service_jar "$service")
  [ -n "${CAJAGA_SERVICE_CPUS:-}" ] && pin=(taskset -c "$CAJAGA_SERVICE_CPUS")
  # The first start of a build records what it loads when it stops; later starts of the same build map
  # it: an AOT cache (classes loaded and linked, method profiles) where the JDK has one (25 and later),
  # a class-data archive otherwise. A rebuild makes the recording stale.
  local archive="$root/deploy/run/cds/$name.$archive_kind"
  mkdir -p "$(dirname "$archive")"
  if [ -f "$archive" ] && [ "$archive" -nt "$jar" ]; then
    jvm+=("${use_archive}$archive")
  else
    rm -f "$archive"
    jvm+=("${record_archive}$archive")
  fi
  # shellcheck disable=SC2086 # CAJAGA_JAVA_OPTS holds several options
  "${pin[@]}" "$java" "${jvm[@]}" ${CAJAGA_JAVA_OPTS:-} -jar "$jar" >"$logs/$name.log" 2>&1 &
  pids+=($!)
  wait_for "$name" "http://localhost:$port/q/health/$health" "${pids[-1]}"
}
start taxonomy-service "$TAXONOMY_PORT" ready
start practices-service "$PRACTICES_PORT" ready
start scoring-service "$SCORING_PORT" ready
start notifications-service "$NOTIFY_PORT" ready
start gateway "$GATEWAY_PORT" ready

if [ "${CAJAGA_REPLICAS:-1}" = 2 ]; then
  # Two of everything that runs replicated in production: a second practices-service, scoring-service,
  # notifications-service and gateway on the same databases (and, with GATEWAY_REDIS_URL, the same
  # rate-limit counters); the second gateway routes to the second services.
  second="http://localhost"
  PRACTICES_PORT=$PRACTICES_PORT_2 start practices-service "$PRACTICES_PORT_2" ready practices-service-2
  SCORING_PORT=$SCORING_PORT_2 PRACTICES_URL="$second:$PRACTICES_PORT_2" \
    start scoring-service "$SCORING_PORT_2" ready scoring-service-2
  NOTIFY_PORT=$NOTIFY_PORT_2 PRACTICES_URL="$second:$PRACTICES_PORT_2" \
    start notifications-service "$NOTIFY_PORT_2" ready notifications-service-2
  GATEWAY_PORT=$GATEWAY_PORT_2 PRACTICES_URL="$second:$PRACTICES_PORT_2" SCORING_URL="$second:$SCORING_PORT_2" \
    NOTIFY_URL="$second:$NOTIFY_PORT_2" start gateway "$GATEWAY_PORT_2" ready gateway-2
fi

if [ "${CAJAGA_DEMO_DATA:-true}" = true ]; then
  java deploy/demo/DemoData.java "$gateway" "$KEYCLOAK_URL" deploy/demo/practices.ndjson
fi

cat <<MSG

cajaga is running. Logs: $logs
  Gateway:     $gateway/api/v1/practices?q=participacion&facets=true
  Statistics:  $gateway/api/v1/stats/classifications
  Webhooks:    $gateway/api/v1/subscriptions  (client portal, role subscriber; receivers on 127.0.0.1 allowed)
  OpenAPI:     $gateway/openapi
  Swagger UI:  $gateway/q/swagger-ui  (log in with editor.demo / editor-demo, client swagger-ui)
  Keycloak:    $KEYCLOAK_URL  (bootstrap admin: admin / admin)
Try (a token for the evaluator demo user, then the evaluations it may see):
  TOKEN=\$(curl -s $KEYCLOAK_URL/realms/cajaga/protocol/openid-connect/token -d grant_type=password \\
    -d client_id=demo-cli -d username=evaluator.demo -d password=evaluator-demo | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
  curl -H "Authorization: Bearer \$TOKEN" $gateway/api/v1/evaluations
Press Ctrl-C to stop.
MSG
if [ "${CAJAGA_REPLICAS:-1}" = 2 ]; then
  echo "Second gateway (to the second services): http://localhost:$GATEWAY_PORT_2"
fi
wait
