#!/usr/bin/env bash
# One command that measures the suite against its baselines, each in the same run:
#   1. proxies: GET /api/v1/practices/{id} directly, through nginx, the minimal Vert.x proxy and the
#      gateway (anonymous and with a bearer token), with the CPU per request of each proxy and service
#   2. read efficiency: the same GET vs pgbench running the one-row primary-key select on the same table
#   3. search: q + 2 filters + facets at catalogue size, p50/p99 at 16 connections once the JIT is done
#      suggest: type-ahead (practices:suggest) with 2-5 letter prefixes at 16 connections
#      adapt: similar practices (practices/{id}/similar) and suggestions for a municipality at 16 connections
#      mixed: the search of 3 while 4 writers push 1,000-record batches through the gateway, with
#      PostgreSQL's wait events, lock waits and the connection pools sampled meanwhile
#   4. bulk ingest: NDJSON push of 10,000 records through the gateway vs COPY of the same rows
#   5. anonymous taxonomy GET with ETag (304 path) vs nginx serving the same bytes with its ETag
#   6. start-up time to ready and RSS per service, idle (on one core and on both) and under the load above
# The stack is started by the README's launcher (deploy/run.sh) on its own ports and databases
# (cajaga_bench_*), without Keycloak: services trust a key made for this run (lib/jwt.sh). wrk and
# pgbench run on CPU 0, the JVMs and nginx on CPU 1. Writes bench/results/DATE.md and DATE.csv.
# Usage: bench/run.sh [COUNT] [SECONDS]   (defaults 100000 practices, 20 s per measurement)
# CAJAGA_BENCH_ONLY=1,2,search,suggest,adapt,mixed,4,5,6 (any of them; "3" is search) runs those scenarios
# only (the stack and the catalogue are always set up) and writes DATE-only-<list>.md/.csv instead.
# CAJAGA_BENCH_PROFILE=true adds JFR profiles of the gateway in scenario 1 (DATE-gateway-profile.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. deploy/lib/java.sh
. deploy/lib/postgres.sh
. deploy/lib/wait.sh
. bench/lib/jwt.sh
. bench/lib/measure.sh
. bench/lib/profile.sh

count=${1:-100000}
seconds=${2:-20}
batch=10000
gw=18080 gw_recorded=18085 taxonomy=18081 practices=18082 scoring=18083 notify=18084 nginx_port=18090 nginx_proxy_port=18091 proxy_port=18089
only=${CAJAGA_BENCH_ONLY:-}
# runs KEY...: whether one of these scenarios is to run (all of them unless CAJAGA_BENCH_ONLY names some).
runs() {
  local key
  [ -z "$only" ] && return 0
  for key in "$@"; do [[ ",$only," == *",$key,"* ]] && return 0; done
  return 1
}
day=$(date -u +%Y-%m-%d)
name=$day${only:+-only-${only//,/-}}
results="bench/results/$name.md" csv="bench/results/$name.csv" profile="bench/results/$day-gateway-profile.md"
# row SCENARIO FIGURE VALUE [BASELINE RATIO TARGET]: one line of the results (no commas in the fields).
row() { echo "$1,$2,$3,${4:-},${5:-},${6:-}" >> "$csv"; }
work=$(mktemp -d)
chmod 755 "$work"
launcher= nginx_pid= proxy_pid= recorded_pid=
cleanup() {
  [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
  [ -z "$proxy_pid" ] || kill "$proxy_pid" 2>/dev/null || true
  [ -z "$recorded_pid" ] || kill "$recorded_pid" 2>/dev/null || true
  [ -z "$launcher" ] || { kill "$launcher" 2>/dev/null; wait "$launcher" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk pgbench nginx bc jq openssl taskset; do
  command -v "$tool" >/dev/null || PATH=$PATH:/usr/sbin command -v "$tool" >/dev/null || missing="${missing:-} $tool"
done
if [ -n "${missing:-}" ]; then
  echo "Installing:$missing (Debian packages wrk, postgresql-contrib, nginx-light, bc, jq)" >&2
  apt-get install -y -q wrk nginx-light bc jq >/dev/null
fi
ensure_local_postgres || { echo "PostgreSQL is needed at 127.0.0.1:5432" >&2; exit 1; }
# The connection pools' metrics (agroal_* on /q/metrics, a build-time switch) are on in the bench's build.
[ "${CAJAGA_SKIP_BUILD:-false}" = true ] || ./mvnw -q -B package -DskipTests -Dquarkus.datasource.metrics.enabled=true \
  -pl taxonomy-service,practices-service,scoring-service,notifications-service,gateway -am

issuer=https://bench.local/realms/cajaga
public_key=$(jwt_keys "$work")
# The services trust the run's own key instead of Keycloak.
oidc_options=("-Dquarkus.oidc.public-key=$public_key" "-Dquarkus.oidc.token.issuer=$issuer" "-Dquarkus.oidc.auth-server-url=")
# The services run on a JDK with an AOT cache (25 and later) under /usr/lib/jvm (the last one listed), else on java.
if [ -z "${CAJAGA_JAVA:-}" ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    java_has_aot_cache "$candidate" && export CAJAGA_JAVA=$candidate
  done
fi
service_java=${CAJAGA_JAVA:-java}
# start_stack FRESH CPUS: deploy/run.sh in the background on the bench ports, the services pinned to
# CPUS (none: all cores); waits until it is up.
start_stack() {
  GATEWAY_PORT=$gw TAXONOMY_PORT=$taxonomy PRACTICES_PORT=$practices SCORING_PORT=$scoring NOTIFY_PORT=$notify KEYCLOAK_PORT=18180 \
    CAJAGA_DB_PREFIX=cajaga_bench CAJAGA_FRESH_DATABASES=$1 CAJAGA_DEMO_DATA=false CAJAGA_SKIP_BUILD=true \
    CAJAGA_KEYCLOAK=false CAJAGA_SERVICE_CPUS=$2 GATEWAY_RATE_CLIENT=1000000000 GATEWAY_RATE_ANONYMOUS=1000000000 \
    CAJAGA_JAVA_OPTS="${oidc_options[*]}" \
    bash deploy/run.sh > "$work/launcher.log" 2>&1 &
  launcher=$!
  wait_for_line "$work/launcher.log" 'cajaga is running' "$launcher" 240 || exit 1
}
# The services' processes are found by the port they listen on (other worktrees may run the same jars).
started_in() { grep -o 'started in [0-9.]*s' "deploy/run/logs/$1.log" | tail -1 | grep -o '[0-9.]*'; }
services=(taxonomy-service practices-service scoring-service gateway)
declare -A port_of=([taxonomy-service]=$taxonomy [practices-service]=$practices [scoring-service]=$scoring [gateway]=$gw)
service_pid() { port_pid "${port_of[$1]}"; }

echo "== First start of this build on fresh databases (records the class-data archives when it stops)"
start_stack true 1
declare -A cold started idle_rss started_both idle_rss_both
for service in "${services[@]}"; do cold[$service]=$(started_in "$service"); done
kill "$launcher"; wait "$launcher" || true

echo "== Second start (services on CPU 1), as every later start of the same build"
start_stack false 1
sleep 5
for service in "${services[@]}"; do
  started[$service]=$(started_in "$service")
  idle_rss[$service]=$(rss_mb "$(service_pid "$service")")
done
practices_pid=$(service_pid practices-service) gateway_pid=$(service_pid gateway)

echo "scenario,figure,value,baseline,ratio,target" > "$csv"
echo "== Loading $count synthetic practices"
states=$(printf '"%02d",' $(seq 1 32))
writers=4
# A government system's token: it may write every state and owns the source "bench" it pushes under, and
# the sources the mixed scenario's writers push under.
token=$(jwt_sign "$work/key.pem" "$issuer" service-account-bench '["integrator"]' \
  "\"municipalities\":[${states%,}],\"sources\":[\"bench\"$(printf ',"mixed-%d"' $(seq 1 $writers))]")
# A portal's token for the authenticated GET of scenario 1 (a confidential client reading).
reader_token=$(jwt_sign "$work/key.pem" "$issuer" service-account-portal '[]')
java bench/src/SyntheticPractices.java "$count" taxonomy-service/src/main/resources/reference > "$work/all.ndjson"
head -n $((count - batch)) "$work/all.ndjson" | split -l "$batch" -d -a 3 - "$work/load-"
tail -n "$batch" "$work/all.ndjson" > "$work/measured.ndjson"
push() { # push PORT FILE REPORT [SOURCE]
  curl -fs -o "$3" -X POST "http://localhost:$1/api/v1/practices:bulk?source=${4:-bench}" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/x-ndjson' --data-binary "@$2"
}
# Loaded through the gateway, as a government system pushes: this also warms the upload path.
for part in "$work"/load-*; do push "$gw" "$part" "$part.report"; done
pg() { psql -h 127.0.0.1 -U postgres -d cajaga_bench_practices -qAt "$@"; }
# The API push and COPY each start from a vacuumed table (no autovacuum run in the middle of either).
pg -c "vacuum analyze practice" -c "vacuum analyze practice_change"
start=$(date +%s.%N)
push "$gw" "$work/measured.ndjson" "$work/measured.report"
ingest_s=$(echo "$(date +%s.%N) - $start" | bc)
created=$(jq '.summary.created' "$work/measured.report")
rejected=$(cat "$work"/*.report | jq -s 'map(.summary.rejected) | add')

if runs 4; then
  columns=$(pg -c "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns
                   where table_name = 'practice' and is_generated = 'NEVER'")
  measured="source_system = 'bench' and external_id in (select id from jsonb_array_elements_text('$(jq -c '[.records[].externalId]' "$work/measured.report")') as e(id))"
  pg -c "\copy (select $columns from practice where $measured) to '$work/measured.csv' with (format csv)"
  pg -c "delete from practice_change where practice_id in (select id from practice where $measured)" \
     -c "delete from practice where $measured" -c "vacuum analyze practice" -c "vacuum analyze practice_change"
  start=$(date +%s.%N)
  pg -c "\copy practice ($columns) from '$work/measured.csv' with (format csv)"
  copy_s=$(echo "$(date +%s.%N) - $start" | bc)
  api_rate=$(echo "$created / $ingest_s" | bc) copy_rate=$(echo "$created / $copy_s" | bc)
  row ingest "records/s through the gateway vs COPY" "$api_rate" "$copy_rate" "$(ratio "$copy_s" "$ingest_s")" ">= 0.5"
fi
# Bench shortcut: publish everything in SQL so anonymous reads see the whole catalogue. Then every table is vacuumed
# and analyzed, as autovacuum would soon do (it is off on this machine's server): the publication filled the side
# tables the triggers keep (practice_by_size_class, practice_similarity_key), whose statistics still said empty.
pg -c "update practice set status = 'PUBLISHED', published_at = now()" -c "vacuum analyze"
pg -c "select id from practice order by random() limit 1000" > "$work/ids.txt"
pg -c "drop table if exists bench_ids" -c "create table bench_ids (n serial primary key, id uuid not null)" \
   -c "insert into bench_ids (id) select id from practice" -c "analyze bench_ids"
total=$(pg -c "select count(*) from practice")

client() { taskset -c 0 "$@"; }
run_wrk() { # run_wrk OUT CONNECTIONS URL [wrk options...]
  local out=$1 connections=$2 url=$3
  shift 3
  client wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@" "$url" > "$out"
}
# under_load PID COMMAND...: runs COMMAND (a run_wrk) and prints the RSS in MB of PID halfway through it.
under_load() {
  local pid=$1
  shift
  "$@" &
  local job=$!
  sleep $((seconds / 2))
  rss_mb "$pid"
  wait "$job"
}

# nginx on CPU 1 beside the JVMs: static files for scenario 5, and a reverse proxy to practices-service with
# keep-alive upstream connections for scenario 1.
if runs 1 5; then
  mkdir -p "$work/www" "$work/nginx-temp"
  curl -fs "http://localhost:$taxonomy/api/v1/taxonomy/principles" > "$work/www/principles.json"
  cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  upstream practices { server 127.0.0.1:$practices; keepalive 32; }
  server { listen $nginx_port; root $work/www; location / { default_type application/json; } }
  server {
    listen $nginx_proxy_port;
    location / { proxy_pass http://practices; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
  taskset -c 1 "$(PATH=$PATH:/usr/sbin command -v nginx)" -c "$work/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  sleep 1
fi

if runs 1; then
  echo "== 1. Proxies: GET /api/v1/practices/{id} directly, through nginx, the minimal proxy and the gateway"
  # Baseline for a JVM proxy: the least a Vert.x proxy can do (bench/src/MinimalProxy.java), on CPU 1 too.
  taskset -c 1 "$service_java" "${service_jvm_options[@]}" -cp 'gateway/target/quarkus-app/lib/main/*' \
    bench/src/MinimalProxy.java "$proxy_port" "$practices" > "$work/minimal-proxy.log" 2>&1 &
  proxy_pid=$!
  wait_for_line "$work/minimal-proxy.log" 'MinimalProxy listening' "$proxy_pid" 60 || exit 1
  # The same gateway build once more, recording every trace that begins there (OTEL_TRACES_SAMPLER_ARG=1, as with a
  # collector): what recording costs, beside the gateway as deploy/run.sh starts it without one (recording none).
  GATEWAY_PORT=$gw_recorded TAXONOMY_URL=http://localhost:$taxonomy PRACTICES_URL=http://localhost:$practices \
    SCORING_URL=http://localhost:$scoring NOTIFY_URL=http://localhost:$notify GATEWAY_RATE_CLIENT=1000000000 \
    GATEWAY_RATE_ANONYMOUS=1000000000 OTEL_TRACES_SAMPLER_ARG=1.0 taskset -c 1 "$service_java" "${service_jvm_options[@]}" \
    "${oidc_options[@]}" -jar "$(service_jar gateway)" > "$work/gateway-recorded.log" 2>&1 &
  recorded_pid=$!
  wait_for_line "$work/gateway-recorded.log" 'started in' "$recorded_pid" 120 || exit 1
  export IDS="$work/ids.txt"
  # The paths, the port each is reached on and the process whose CPU is the proxy's (none directly).
  paths=(direct nginx minimal gateway gateway-auth gateway-recorded)
  declare -A path_port=([direct]=$practices [nginx]=$nginx_proxy_port [minimal]=$proxy_port [gateway]=$gw [gateway-auth]=$gw \
    [gateway-recorded]=$gw_recorded)
  declare -A path_proxy=([direct]= [nginx]=$nginx_pid [minimal]=$proxy_pid [gateway]=$gateway_pid [gateway-auth]=$gateway_pid \
    [gateway-recorded]=$recorded_pid)
  wrk_path() { # wrk_path PATH DURATION OUT: scenario 1's GET on that path, with the portal's token on gateway-auth
    local options=(-s bench/lib/ids.lua)
    [ "$1" != gateway-auth ] || options+=(-H "Authorization: Bearer $reader_token")
    client wrk -t1 -c8 -d"$2" --latency "${options[@]}" "http://localhost:${path_port[$1]}" > "$3"
  }
  get_wrk() { wrk_path "$1" "${seconds}s" "$2"; } # get_wrk PATH OUT: a measured run
  for path in "${paths[@]}"; do wrk_path "$path" 10s /dev/null; done
  # Every proxy shares CPU 1 with practices-service: the CPU each spends per request bounds the ratio. Two
  # rounds in alternation; the second one's figures are kept.
  declare -A proxy_cpu service_cpu
  for round in 1 2; do
    for path in "${paths[@]}"; do
      proxy=${path_proxy[$path]}
      before_proxy=$([ -z "$proxy" ] && echo 0 || tree_cpu_ms "$proxy") before_service=$(pid_cpu_ms "$practices_pid")
      if [ "$path" = gateway ] && [ "$round" = 2 ]; then
        gateway_rss=$(under_load "$gateway_pid" get_wrk "$path" "$work/$path.txt")
      else
        get_wrk "$path" "$work/$path.txt"
      fi
      proxy_cpu[$path]=$(( $([ -z "$proxy" ] && echo 0 || tree_cpu_ms "$proxy") - before_proxy ))
      service_cpu[$path]=$(( $(pid_cpu_ms "$practices_pid") - before_service ))
    done
  done
  if [ "${CAJAGA_BENCH_PROFILE:-false}" = true ]; then
    jcmd=$(dirname "$(readlink -f "$service_java")")/jcmd jfr=$(dirname "$(readlink -f "$service_java")")/jfr
    for path in gateway gateway-auth; do
      jfr_record "$jcmd" "$gateway_pid" "$work/$path.jfr" get_wrk "$path" "$work/$path-profiled.txt"
    done
    {
      echo "# Gateway profile — $(date -u +%Y-%m-%dT%H:%MZ)"
      echo
      echo "JFR execution samples (settings=profile, Java stacks every 1 ms) of the gateway during $seconds s of"
      echo "scenario 1's GET at 8"
      echo "connections, $total practices, \`CAJAGA_BENCH_PROFILE=true bench/run.sh $count $seconds\`."
      for path in gateway gateway-auth; do
        echo
        echo "## $([ "$path" = gateway ] && echo anonymous || echo "with a bearer token") ($(wrk_rps "$work/$path-profiled.txt") req/s while recorded)"
        echo
        jfr_shares "$jfr" "$work/$path.jfr"
      done
    } > "$profile"
  fi
  kill "$proxy_pid" "$recorded_pid"
  direct_rps=$(wrk_rps "$work/direct.txt") nginx_rps=$(wrk_rps "$work/nginx.txt")
  row proxies "GET practice req/s directly" "$direct_rps"
  us() { per_request_us "$1" "$(wrk_requests "$work/$2.txt")"; }
  declare -A label=([nginx]="nginx" [minimal]="the minimal Vert.x proxy" [gateway]="the gateway (anonymous)" \
    [gateway-auth]="the gateway (bearer token)" [gateway-recorded]="the gateway (anonymous, every trace recorded)")
  for path in nginx minimal gateway gateway-auth gateway-recorded; do
    rps=$(wrk_rps "$work/$path.txt")
    row proxies "GET practice req/s through ${label[$path]} vs direct" "$rps" "$direct_rps" "$(ratio "$rps" "$direct_rps")"
    [ "$path" = nginx ] || row proxies "GET practice req/s through ${label[$path]} vs nginx" "$rps" "$nginx_rps" \
      "$(ratio "$rps" "$nginx_rps")" "$([ "$path" = gateway ] && echo '>= 0.95')"
    row proxies "added p50 ms through ${label[$path]}" "$(echo "$(wrk_ms "$work/$path.txt" 50%) - $(wrk_ms "$work/direct.txt" 50%)" | bc)"
    row proxies "added p99 ms through ${label[$path]}" "$(echo "$(wrk_ms "$work/$path.txt" 99%) - $(wrk_ms "$work/direct.txt" 99%)" | bc)"
    row proxies "CPU µs per GET through ${label[$path]}: the proxy" "$(us "${proxy_cpu[$path]}" "$path")"
    row proxies "CPU µs per GET through ${label[$path]}: practices-service" "$(us "${service_cpu[$path]}" "$path")"
  done
  row proxies "CPU µs per GET directly: practices-service" "$(us "${service_cpu[direct]}" direct)"
  gateway_us=$(us "${proxy_cpu[gateway]}" gateway) nginx_us=$(us "${proxy_cpu[nginx]}" nginx)
  auth_us=$(us "${proxy_cpu[gateway-auth]}" gateway-auth)
  row proxies "gateway CPU per anonymous GET vs nginx's" "$gateway_us" "$nginx_us" "$(ratio "$gateway_us" "$nginx_us")" "<= 1.2"
  row proxies "gateway CPU µs a bearer token adds per GET" "$(( auth_us - gateway_us ))" "" "" "<= 15"
  row proxies "practices-service CPU µs a bearer token adds per GET" \
    "$(( $(us "${service_cpu[gateway-auth]}" gateway-auth) - $(us "${service_cpu[gateway]}" gateway) ))"
  row memory "gateway RSS under the GET load (1) MB" "$gateway_rss"
fi

if runs 2; then
  echo "== 2. Read efficiency: GET by id vs pgbench"
  if ! runs 1; then
    export IDS="$work/ids.txt"
    client wrk -t1 -c8 -d10s -s bench/lib/ids.lua "http://localhost:$practices" >/dev/null
    run_wrk "$work/direct.txt" 8 "http://localhost:$practices" -s bench/lib/ids.lua
  fi
  cat > "$work/pk.sql" <<SQL
\set n random(1, $total)
SELECT p.* FROM practice p WHERE p.id = (SELECT id FROM bench_ids WHERE n = :n);
SQL
  client pgbench -h 127.0.0.1 -U postgres -n -c8 -j1 -T"$seconds" -f "$work/pk.sql" cajaga_bench_practices > "$work/pgbench.txt"
  pgbench_tps=$(awk '/^tps/ {print $3; exit}' "$work/pgbench.txt") direct_rps=$(wrk_rps "$work/direct.txt")
  row read "GET practice req/s vs pgbench tps" "$direct_rps" "$pgbench_tps" "$(ratio "$direct_rps" "$pgbench_tps")" ">= 0.5"
fi

# search_cpu_rows SCENARIO WHAT FILE PRACTICES_CPU POSTGRES_CPU: CPU per request of the JVM and of PostgreSQL.
search_cpu_rows() {
  row "$1" "CPU µs per $2: practices-service" "$(per_request_us "$4" "$(wrk_requests "$3")")"
  row "$1" "CPU µs per $2: PostgreSQL" "$(per_request_us "$5" "$(wrk_requests "$3")")"
}
# Search needs its path compiled by the JIT (also before the mixed scenario): about 90 s of this load on CPU 1.
if runs 3 search mixed; then
  echo "== 3. Search at $total practices"
  client wrk -t2 -c16 -d10s -s bench/lib/search.lua "http://localhost:$practices" >/dev/null
  # The first 20 s are reported apart, the figure is taken after 60 s more.
  run_wrk "$work/search-first.txt" 16 "http://localhost:$practices" -s bench/lib/search.lua
  client wrk -t2 -c16 -d60s -s bench/lib/search.lua "http://localhost:$practices" >/dev/null
fi
if runs 3 search; then
  search_cpu=$(pid_cpu_ms "$practices_pid") search_pg_cpu=$(postgres_cpu_ms)
  search_rss=$(under_load "$practices_pid" \
    run_wrk "$work/search.txt" 16 "http://localhost:$practices" -s bench/lib/search.lua)
  search_cpu=$(( $(pid_cpu_ms "$practices_pid") - search_cpu )) search_pg_cpu=$(( $(postgres_cpu_ms) - search_pg_cpu ))
  # The same searches one at a time: the time of one search without queueing behind the others.
  run_wrk "$work/search-1.txt" 1 "http://localhost:$practices" -s bench/lib/search.lua
  row search "p50 ms" "$(wrk_ms "$work/search.txt" 50%)"
  row search "p99 ms" "$(wrk_ms "$work/search.txt" 99%)" "" "" "< 50"
  row search "req/s" "$(wrk_rps "$work/search.txt")"
  search_cpu_rows search search "$work/search.txt" "$search_cpu" "$search_pg_cpu"
  row search "p50 ms in the first 20 s (after a 10 s warm-up)" "$(wrk_ms "$work/search-first.txt" 50%)"
  row search "p99 ms in the first 20 s (after a 10 s warm-up)" "$(wrk_ms "$work/search-first.txt" 99%)"
  row search "p50 ms at 1 connection" "$(wrk_ms "$work/search-1.txt" 50%)"
  row search "p99 ms at 1 connection" "$(wrk_ms "$work/search-1.txt" 99%)"
  row memory "practices-service RSS under the search load (3) MB" "$search_rss"
fi

if runs suggest; then
  echo "== Type-ahead at $total practices"
  client wrk -t1 -c16 -d10s -s bench/lib/suggest.lua "http://localhost:$practices" >/dev/null
  suggest_cpu=$(pid_cpu_ms "$practices_pid") suggest_pg_cpu=$(postgres_cpu_ms)
  run_wrk "$work/suggest.txt" 16 "http://localhost:$practices" -s bench/lib/suggest.lua
  suggest_cpu=$(( $(pid_cpu_ms "$practices_pid") - suggest_cpu )) suggest_pg_cpu=$(( $(postgres_cpu_ms) - suggest_pg_cpu ))
  row suggest "p50 ms" "$(wrk_ms "$work/suggest.txt" 50%)"
  row suggest "p99 ms" "$(wrk_ms "$work/suggest.txt" 99%)" "" "" "< 10"
  row suggest "req/s" "$(wrk_rps "$work/suggest.txt")"
  search_cpu_rows suggest suggestion "$work/suggest.txt" "$suggest_cpu" "$suggest_pg_cpu"
fi

# Adaptation (issue 21): similar practices of a published practice, suggestions for a municipality.
if runs adapt; then
  echo "== Similar practices and suggestions at $total practices"
  pg -c "select cvegeo from municipality_profile order by random() limit 500" > "$work/cvegeos.txt"
  export IDS="$work/ids.txt" CVEGEOS="$work/cvegeos.txt"
  for what in similar suggestions; do
    client wrk -t1 -c16 -d10s -s "bench/lib/$what.lua" "http://localhost:$practices" >/dev/null
    adapt_cpu=$(pid_cpu_ms "$practices_pid") adapt_pg_cpu=$(postgres_cpu_ms)
    run_wrk "$work/$what.txt" 16 "http://localhost:$practices" -s "bench/lib/$what.lua"
    adapt_cpu=$(( $(pid_cpu_ms "$practices_pid") - adapt_cpu )) adapt_pg_cpu=$(( $(postgres_cpu_ms) - adapt_pg_cpu ))
    row "$what" "p50 ms" "$(wrk_ms "$work/$what.txt" 50%)"
    row "$what" "p99 ms" "$(wrk_ms "$work/$what.txt" 99%)" "" "" "< 50"
    row "$what" "req/s" "$(wrk_rps "$work/$what.txt")"
    search_cpu_rows "$what" "answer" "$work/$what.txt" "$adapt_cpu" "$adapt_pg_cpu"
    row "$what" "statements still running 30 s after the run (cancelled)" "$(settle cajaga_bench_practices)"
  done
fi

if runs mixed; then
  echo "== Mixed: search while $writers writers push 1,000-record batches through the gateway"
  mkdir -p "$work/mixed"
  split -l 1000 -d -a 4 "$work/all.ndjson" "$work/mixed/batch-"
  metrics() { curl -fs "http://localhost:$practices/q/metrics" | grep -E '^agroal_' || true; }
  metrics > "$work/pool-before.txt"
  writer_pids=()
  # Each writer pushes the catalogue's records under its own source (so every record is a new one) until the
  # readers are done or its batches run out; never more than the catalogue's count / 1,000 batches.
  for writer in $(seq 1 "$writers"); do
    (
      for file in "$work"/mixed/batch-*; do
        [ -e "$work/mixed/stop" ] && break
        push "$gw" "$file" "$work/mixed/report-$writer-$(basename "$file")" "mixed-$writer" || echo failed >> "$work/mixed/failures"
      done
    ) &
    writer_pids+=($!)
    # Clients on CPU 0, as wrk: the subshell's curls inherit it.
    taskset -cp 0 "$!" >/dev/null
  done
  # pg_stat_activity and pg_locks twice a second while the readers run, with the pool's waiting threads.
  (
    for _ in $(seq 1 $((seconds * 2))); do
      [ -e "$work/mixed/stop" ] && break
      pg -F $'\t' -c "select coalesce(wait_event_type, 'CPU'), coalesce(wait_event, '-'),
          case when query ilike 'insert into practice_change%' then 'insert history row'
               when query ilike 'insert into practice%' then 'insert practice'
               when query ilike 'update practice%' then 'update practice'
               when query ilike '%search_vector%' or query ilike '%facet%' then 'search'
               when query ilike 'select%' then 'other select'
               else left(regexp_replace(query, '\s+', ' ', 'g'), 40) end
          from pg_stat_activity where datname = 'cajaga_bench_practices' and state = 'active' and pid <> pg_backend_pid()" \
        >> "$work/mixed/activity.tsv"
      pg -F $'\t' -c "select l.locktype, l.mode, coalesce(c.relname, '-') from pg_locks l
          left join pg_class c on c.oid = l.relation where not l.granted" >> "$work/mixed/locks.tsv"
      curl -fs "http://localhost:$practices/q/metrics" | awk '/^agroal_awaiting_count\{/ {print $NF}' >> "$work/mixed/awaiting.txt" || true
      sleep 0.5
    done
  ) &
  sampler=$!
  taskset -cp 0 "$sampler" >/dev/null
  mixed_start=$(date +%s.%N)
  mixed_cpu=$(pid_cpu_ms "$practices_pid") mixed_pg_cpu=$(postgres_cpu_ms)
  run_wrk "$work/mixed.txt" 16 "http://localhost:$practices" -s bench/lib/search.lua
  mixed_cpu=$(( $(pid_cpu_ms "$practices_pid") - mixed_cpu )) mixed_pg_cpu=$(( $(postgres_cpu_ms) - mixed_pg_cpu ))
  touch "$work/mixed/stop"
  wait "$sampler" "${writer_pids[@]}"
  mixed_s=$(echo "$(date +%s.%N) - $mixed_start" | bc)
  metrics > "$work/pool-after.txt"
  batches=$(find "$work/mixed" -name 'report-*' | wc -l)
  mixed_created=$( (cat "$work"/mixed/report-* 2>/dev/null || true) | jq -s 'map(.summary.created) | add // 0')
  mixed_rejected=$( (cat "$work"/mixed/report-* 2>/dev/null || true) | jq -s 'map(.summary.rejected) | add // 0')
  row mixed "search p50 ms while $writers writers push" "$(wrk_ms "$work/mixed.txt" 50%)"
  row mixed "search p99 ms while $writers writers push" "$(wrk_ms "$work/mixed.txt" 99%)" "" "" "< 200"
  row mixed "search req/s while $writers writers push" "$(wrk_rps "$work/mixed.txt")"
  search_cpu_rows mixed "search (writes included)" "$work/mixed.txt" "$mixed_cpu" "$mixed_pg_cpu"
  row mixed "records/s pushed by the writers meanwhile ($batches batches)" "$(echo "$mixed_created / $mixed_s" | bc)"
fi

if runs 5; then
  echo "== 5. Taxonomy GET with ETag vs nginx"
  taxonomy_pid=$(service_pid taxonomy-service)
  client wrk -t1 -c8 -d5s -s bench/lib/etag.lua "http://localhost:$taxonomy/api/v1/taxonomy/principles" >/dev/null
  taxonomy_rss=$(under_load "$taxonomy_pid" \
    run_wrk "$work/taxonomy.txt" 8 "http://localhost:$taxonomy/api/v1/taxonomy/principles" -s bench/lib/etag.lua)
  run_wrk "$work/nginx-static.txt" 8 "http://localhost:$nginx_port/principles.json" -s bench/lib/etag.lua
  taxonomy_rps=$(wrk_rps "$work/taxonomy.txt") nginx_static_rps=$(wrk_rps "$work/nginx-static.txt")
  row taxonomy "304 req/s vs nginx" "$taxonomy_rps" "$nginx_static_rps" "$(ratio "$taxonomy_rps" "$nginx_static_rps")" ">= 0.20"
  row memory "taxonomy-service RSS under the 304 load (5) MB" "$taxonomy_rss"
fi

if runs 6; then
  echo "== 6. Start on both cores, nothing pinned, as deploy/run.sh starts the suite"
  row startup "statements of earlier scenarios still running 30 s before the start (cancelled)" "$(settle cajaga_bench_practices)"
  kill "$launcher"; wait "$launcher" || true
  start_stack false ""
  sleep 5
  for service in "${services[@]}"; do
    started_both[$service]=$(started_in "$service")
    idle_rss_both[$service]=$(rss_mb "$(service_pid "$service")")
  done
  for service in "${services[@]}"; do
    row startup "$service s to started on CPU 1 (first start of the build: ${cold[$service]} s)" "${started[$service]}" "" "" "< 1"
    row startup "$service s to started on both cores" "${started_both[$service]}" "" "" "< 1"
    row memory "$service idle RSS MB on CPU 1" "${idle_rss[$service]}" "" "" "< 180"
    row memory "$service idle RSS MB on both cores" "${idle_rss_both[$service]}" "" "" "< 180"
  done
fi

# tally FILE LINES: the most frequent lines of three tab-separated fields, as table rows with their count.
tally() {
  awk -F'\t' '{n[$1 "\t" $2 "\t" $3]++} END {for (k in n) print n[k] "\t" k}' "$1" | sort -t$'\t' -k1,1 -nr | head -"$2" | \
    awk -F'\t' '{printf "| %d | %s | %s | %s |\n", $1, $2, $3, $4}'
}
{
  echo "# Benchmarks — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, services on $("$service_java" -version 2>&1 | head -1), $(psql --version)."
  echo "Catalogue: $total practices ($rejected rejected while loading). wrk/pgbench on CPU 0, JVMs and nginx on CPU 1,"
  echo "PostgreSQL unpinned; $seconds s per measurement after warm-up. Command: \`${only:+CAJAGA_BENCH_ONLY=$only }bench/run.sh $count $seconds\`."
  echo
  echo "| scenario | figure | value | baseline | ratio | target |"
  echo "|---|---|---|---|---|---|"
  tail -n +2 "$csv" | awk -F, '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}'
  if runs mixed; then
    echo
    echo "## Mixed scenario: where the time went"
    echo
    echo "$writers writers pushed $batches batches ($mixed_created records created, $mixed_rejected rejected, $(wc -l < "$work/mixed/failures" 2>/dev/null || echo 0) pushes failed)"
    echo "during $mixed_s s; $(wc -l < "$work/mixed/awaiting.txt") samples of the practices-service pool."
    echo
    echo "Active PostgreSQL backends of the practices database, sampled twice a second (one line per backend and sample):"
    echo
    echo "| samples | wait event type | wait event | statement |"
    echo "|---|---|---|---|"
    tally "$work/mixed/activity.tsv" 25
    echo
    echo "Lock waits (pg_locks not granted), same samples: $(wc -l < "$work/mixed/locks.tsv") in all."
    echo
    if [ -s "$work/mixed/locks.tsv" ]; then
      echo "| samples | lock type | mode | relation |"
      echo "|---|---|---|---|"
      tally "$work/mixed/locks.tsv" 15
      echo
    fi
    echo "practices-service's connection pools (agroal): threads waiting for a connection per sample of the default"
    echo "pool: max $(sort -n "$work/mixed/awaiting.txt" | tail -1), mean $(awk '{s += $1} END {if (NR) printf "%.2f", s / NR}' "$work/mixed/awaiting.txt")."
    echo "Counters before and after the run (empty when the build has no pool metrics):"
    echo
    echo '```'
    diff "$work/pool-before.txt" "$work/pool-after.txt" | grep -E '^[<>] agroal_(acquire|blocking|awaiting|active|max_used|creation|leak|flush|invalid|reap|destroy)' || true
    echo '```'
  fi
  echo
  echo "Errors: $(wrk_errors "$work"/*.txt)"
} > "$results"
cat "$results"
