#!/usr/bin/env bash
# One command that measures the suite against its baselines, each in the same run:
#   1. gateway overhead: GET /api/v1/practices/{id} through the gateway vs directly
#   2. read efficiency: the same GET vs pgbench running the one-row primary-key select on the same table
#   3. search: q + 2 filters + facets at catalogue size, p50/p99 at 16 connections once the JIT is done
#   4. bulk ingest: NDJSON push of 10,000 records through the gateway vs COPY of the same rows
#   5. anonymous taxonomy GET with ETag (304 path) vs nginx serving the same bytes with its ETag
#   6. start-up time to ready and RSS per service, idle (on one core and on both) and under the load above
# The stack is started by the README's launcher (deploy/run.sh) on its own ports and databases
# (cajaga_bench_*), without Keycloak: services trust a key made for this run (lib/jwt.sh). wrk and
# pgbench run on CPU 0, the JVMs and nginx on CPU 1. Writes bench/results/DATE.md and DATE.csv.
# Usage: bench/run.sh [COUNT] [SECONDS]   (defaults 100000 practices, 20 s per measurement)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. deploy/lib/java.sh
. deploy/lib/postgres.sh
. deploy/lib/wait.sh
. bench/lib/jwt.sh
. bench/lib/measure.sh

count=${1:-100000}
seconds=${2:-20}
batch=10000
gw=18080 taxonomy=18081 practices=18082 scoring=18083 nginx_port=18090 proxy_port=18089
day=$(date -u +%Y-%m-%d)
results="bench/results/$day.md" csv="bench/results/$day.csv"
work=$(mktemp -d)
chmod 755 "$work"
launcher= nginx_pid= proxy_pid=
cleanup() {
  [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
  [ -z "$proxy_pid" ] || kill "$proxy_pid" 2>/dev/null || true
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
[ "${CAJAGA_SKIP_BUILD:-false}" = true ] || ./mvnw -q -B package -DskipTests -pl taxonomy-service,practices-service,scoring-service,gateway -am

issuer=https://bench.local/realms/cajaga
public_key=$(jwt_keys "$work")
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
  GATEWAY_PORT=$gw TAXONOMY_PORT=$taxonomy PRACTICES_PORT=$practices SCORING_PORT=$scoring KEYCLOAK_PORT=18180 \
    CAJAGA_DB_PREFIX=cajaga_bench CAJAGA_FRESH_DATABASES=$1 CAJAGA_DEMO_DATA=false CAJAGA_SKIP_BUILD=true \
    CAJAGA_KEYCLOAK=false CAJAGA_SERVICE_CPUS=$2 GATEWAY_RATE_CLIENT=1000000000 GATEWAY_RATE_ANONYMOUS=1000000000 \
    CAJAGA_JAVA_OPTS="-Dquarkus.oidc.public-key=$public_key -Dquarkus.oidc.token.issuer=$issuer -Dquarkus.oidc.auth-server-url=" \
    bash deploy/run.sh > "$work/launcher.log" 2>&1 &
  launcher=$!
  wait_for_line "$work/launcher.log" 'cajaga is running' "$launcher" 240 || exit 1
}
# The services' processes are found by their jar (the minimal proxy's class path names gateway/target too).
practices_jar=$(service_jar practices-service) gateway_jar=$(service_jar gateway)
started_in() { grep -o 'started in [0-9.]*s' "deploy/run/logs/$1.log" | tail -1 | grep -o '[0-9.]*'; }
services=(taxonomy-service practices-service scoring-service gateway)

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
  idle_rss[$service]=$(rss_mb "$(service_jar "$service")")
done

echo "== Loading $count synthetic practices"
states=$(printf '"%02d",' $(seq 1 32))
# A government system's token: it may write every state and owns the source "bench" it pushes under.
token=$(jwt_sign "$work/key.pem" "$issuer" service-account-bench '["integrator"]' \
  "\"municipalities\":[${states%,}],\"sources\":[\"bench\"]")
java bench/src/SyntheticPractices.java "$count" taxonomy-service/src/main/resources/reference > "$work/all.ndjson"
head -n $((count - batch)) "$work/all.ndjson" | split -l "$batch" -d -a 3 - "$work/load-"
tail -n "$batch" "$work/all.ndjson" > "$work/measured.ndjson"
push() { # push PORT FILE REPORT
  curl -fs -o "$3" -X POST "http://localhost:$1/api/v1/practices:bulk?source=bench" -H "Authorization: Bearer $token" \
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

columns=$(pg -c "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns
                 where table_name = 'practice' and is_generated = 'NEVER'")
measured="source_system = 'bench' and external_id in (select id from jsonb_array_elements_text('$(jq -c '[.records[].externalId]' "$work/measured.report")') as e(id))"
pg -c "\copy (select $columns from practice where $measured) to '$work/measured.csv' with (format csv)"
pg -c "delete from practice_change where practice_id in (select id from practice where $measured)" \
   -c "delete from practice where $measured" -c "vacuum analyze practice" -c "vacuum analyze practice_change"
start=$(date +%s.%N)
pg -c "\copy practice ($columns) from '$work/measured.csv' with (format csv)"
copy_s=$(echo "$(date +%s.%N) - $start" | bc)
# Bench shortcut: publish everything in SQL so anonymous reads see the whole catalogue.
pg -c "update practice set status = 'PUBLISHED', published_at = now()" -c "vacuum analyze practice"
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
# under_load PATTERN COMMAND...: runs COMMAND (a run_wrk) and prints the RSS in MB of the process
# matching PATTERN halfway through it.
under_load() {
  local pattern=$1
  shift
  "$@" &
  local job=$!
  sleep $((seconds / 2))
  rss_mb "$pattern"
  wait "$job"
}

echo "== 1. Gateway overhead, 2. read efficiency: GET /api/v1/practices/{id}"
# Baseline for the gateway: the least a Vert.x proxy can do (bench/src/MinimalProxy.java), on CPU 1 too.
taskset -c 1 "$service_java" "${service_jvm_options[@]}" -cp 'gateway/target/quarkus-app/lib/main/*' \
  bench/src/MinimalProxy.java "$proxy_port" "$practices" > "$work/minimal-proxy.log" 2>&1 &
proxy_pid=$!
wait_for_line "$work/minimal-proxy.log" 'MinimalProxy listening' "$proxy_pid" 60 || exit 1
export IDS="$work/ids.txt"
for port in "$practices" "$proxy_port" "$gw"; do
  client wrk -t1 -c8 -d10s -s bench/lib/ids.lua "http://localhost:$port" >/dev/null
done
# Both JVMs share CPU 1: the CPU each spends per request bounds the ratio (the last round's are kept).
for round in 1 2; do
  direct_cpu=$(cpu_ms "$practices_jar")
  run_wrk "$work/direct.txt" 8 "http://localhost:$practices" -s bench/lib/ids.lua
  direct_cpu=$(( $(cpu_ms "$practices_jar") - direct_cpu ))
  proxy_cpu=$(pid_cpu_ms "$proxy_pid") proxied_cpu=$(cpu_ms "$practices_jar")
  run_wrk "$work/minimal-proxy.txt" 8 "http://localhost:$proxy_port" -s bench/lib/ids.lua
  proxy_cpu=$(( $(pid_cpu_ms "$proxy_pid") - proxy_cpu ))
  proxied_cpu=$(( $(cpu_ms "$practices_jar") - proxied_cpu ))
  gateway_cpu=$(cpu_ms "$gateway_jar") service_cpu=$(cpu_ms "$practices_jar")
  gateway_rss=$(under_load "$gateway_jar" run_wrk "$work/gateway.txt" 8 "http://localhost:$gw" -s bench/lib/ids.lua)
  gateway_cpu=$(( $(cpu_ms "$gateway_jar") - gateway_cpu ))
  service_cpu=$(( $(cpu_ms "$practices_jar") - service_cpu ))
done
kill "$proxy_pid"
cat > "$work/pk.sql" <<SQL
\set n random(1, $total)
SELECT p.* FROM practice p WHERE p.id = (SELECT id FROM bench_ids WHERE n = :n);
SQL
client pgbench -h 127.0.0.1 -U postgres -n -c8 -j1 -T"$seconds" -f "$work/pk.sql" cajaga_bench_practices > "$work/pgbench.txt"
pgbench_tps=$(awk '/^tps/ {print $3; exit}' "$work/pgbench.txt")

echo "== 3. Search at $total practices"
client wrk -t2 -c16 -d10s -s bench/lib/search.lua "http://localhost:$practices" >/dev/null
# The JIT, sharing CPU 1 with 16 busy requests, needs about 90 s of this load to finish compiling the
# search path: the first 20 s are reported apart, the figure is taken after 60 s more.
run_wrk "$work/search-first.txt" 16 "http://localhost:$practices" -s bench/lib/search.lua
client wrk -t2 -c16 -d60s -s bench/lib/search.lua "http://localhost:$practices" >/dev/null
search_cpu=$(cpu_ms "$practices_jar") search_pg_cpu=$(postgres_cpu_ms)
search_rss=$(under_load "$practices_jar" \
  run_wrk "$work/search.txt" 16 "http://localhost:$practices" -s bench/lib/search.lua)
search_cpu=$(( $(cpu_ms "$practices_jar") - search_cpu )) search_pg_cpu=$(( $(postgres_cpu_ms) - search_pg_cpu ))
# The same searches one at a time: the time of one search without queueing behind the others.
run_wrk "$work/search-1.txt" 1 "http://localhost:$practices" -s bench/lib/search.lua

echo "== 5. Taxonomy GET with ETag vs nginx"
mkdir -p "$work/www"
curl -fs "http://localhost:$taxonomy/api/v1/taxonomy/principles" > "$work/www/principles.json"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen $nginx_port; root $work/www; location / { default_type application/json; } }
}
CONF
taskset -c 1 "$(PATH=$PATH:/usr/sbin command -v nginx)" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1
client wrk -t1 -c8 -d5s -s bench/lib/etag.lua "http://localhost:$taxonomy/api/v1/taxonomy/principles" >/dev/null
taxonomy_rss=$(under_load "$(service_jar taxonomy-service)" \
  run_wrk "$work/taxonomy.txt" 8 "http://localhost:$taxonomy/api/v1/taxonomy/principles" -s bench/lib/etag.lua)
run_wrk "$work/nginx.txt" 8 "http://localhost:$nginx_port/principles.json" -s bench/lib/etag.lua

echo "== 6. Start on both cores, nothing pinned, as deploy/run.sh starts the suite"
kill "$launcher"; wait "$launcher" || true
start_stack false ""
sleep 5
for service in "${services[@]}"; do
  started_both[$service]=$(started_in "$service")
  idle_rss_both[$service]=$(rss_mb "$(service_jar "$service")")
done

direct_rps=$(wrk_rps "$work/direct.txt") gateway_rps=$(wrk_rps "$work/gateway.txt") proxy_rps=$(wrk_rps "$work/minimal-proxy.txt")
added_p50=$(echo "$(wrk_ms "$work/gateway.txt" 50%) - $(wrk_ms "$work/direct.txt" 50%)" | bc)
added_p99=$(echo "$(wrk_ms "$work/gateway.txt" 99%) - $(wrk_ms "$work/direct.txt" 99%)" | bc)
api_rate=$(echo "$created / $ingest_s" | bc) copy_rate=$(echo "$created / $copy_s" | bc)
taxonomy_rps=$(wrk_rps "$work/taxonomy.txt") nginx_rps=$(wrk_rps "$work/nginx.txt")
{
  echo "scenario,figure,value,baseline,ratio,target"
  echo "gateway,GET practice req/s,$gateway_rps,$direct_rps,$(ratio "$gateway_rps" "$direct_rps"),>= 0.80"
  echo "gateway,added p50 ms,$added_p50,,,< 1"
  echo "gateway,added p99 ms,$added_p99,,,"
  gateway_requests=$(wrk_requests "$work/gateway.txt") proxy_requests=$(wrk_requests "$work/minimal-proxy.txt")
  echo "gateway,CPU µs per request through it: gateway,$(( gateway_cpu * 1000 / gateway_requests )),,,"
  echo "gateway,CPU µs per request through it: practices-service,$(( service_cpu * 1000 / gateway_requests )),,,"
  echo "gateway,GET practice req/s through the minimal Vert.x proxy,$proxy_rps,$direct_rps,$(ratio "$proxy_rps" "$direct_rps"),"
  echo "gateway,GET practice req/s through the gateway vs the minimal proxy,$gateway_rps,$proxy_rps,$(ratio "$gateway_rps" "$proxy_rps"),"
  echo "gateway,CPU µs per request through the minimal proxy: proxy,$(( proxy_cpu * 1000 / proxy_requests )),,,"
  echo "gateway,CPU µs per request through the minimal proxy: practices-service,$(( proxied_cpu * 1000 / proxy_requests )),,,"
  echo "gateway,CPU µs per request directly: practices-service,$(( direct_cpu * 1000 / $(wrk_requests "$work/direct.txt") )),,,"
  echo "read,GET practice req/s vs pgbench tps,$direct_rps,$pgbench_tps,$(ratio "$direct_rps" "$pgbench_tps"),>= 0.25"
  echo "search,p50 ms,$(wrk_ms "$work/search.txt" 50%),,,"
  echo "search,p99 ms,$(wrk_ms "$work/search.txt" 99%),,,< 50"
  echo "search,req/s,$(wrk_rps "$work/search.txt"),,,"
  echo "search,CPU µs per search: practices-service,$(( search_cpu * 1000 / $(wrk_requests "$work/search.txt") )),,,"
  echo "search,CPU µs per search: PostgreSQL,$(( search_pg_cpu * 1000 / $(wrk_requests "$work/search.txt") )),,,"
  echo "search,p50 ms in the first 20 s (after a 10 s warm-up),$(wrk_ms "$work/search-first.txt" 50%),,,"
  echo "search,p99 ms in the first 20 s (after a 10 s warm-up),$(wrk_ms "$work/search-first.txt" 99%),,,"
  echo "search,p50 ms at 1 connection,$(wrk_ms "$work/search-1.txt" 50%),,,"
  echo "search,p99 ms at 1 connection,$(wrk_ms "$work/search-1.txt" 99%),,,"
  echo "ingest,records/s through the gateway vs COPY,$api_rate,$copy_rate,$(ratio "$copy_s" "$ingest_s"),>= 0.25"
  echo "taxonomy,304 req/s vs nginx,$taxonomy_rps,$nginx_rps,$(ratio "$taxonomy_rps" "$nginx_rps"),"
  for service in "${services[@]}"; do
    echo "startup,$service s to started on CPU 1 (first start of the build: ${cold[$service]} s),${started[$service]},,,< 2"
    echo "startup,$service s to started on both cores,${started_both[$service]},,,< 2"
    echo "memory,$service idle RSS MB on CPU 1,${idle_rss[$service]},,,< 250"
    echo "memory,$service idle RSS MB on both cores,${idle_rss_both[$service]},,,< 250"
  done
  echo "memory,gateway RSS under the GET load (1) MB,$gateway_rss,,,"
  echo "memory,practices-service RSS under the search load (3) MB,$search_rss,,,"
  echo "memory,taxonomy-service RSS under the 304 load (5) MB,$taxonomy_rss,,,"
} > "$csv"
{
  echo "# Benchmarks — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, services on $("$service_java" -version 2>&1 | head -1), $(psql --version)."
  echo "Catalogue: $total practices ($rejected rejected while loading). wrk/pgbench on CPU 0, JVMs and nginx on CPU 1,"
  echo "PostgreSQL unpinned; $seconds s per measurement after warm-up. Command: \`bench/run.sh $count $seconds\`."
  echo
  echo "| scenario | figure | value | baseline | ratio | target |"
  echo "|---|---|---|---|---|---|"
  tail -n +2 "$csv" | awk -F, '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}'
  echo
  echo "Errors: $(wrk_errors "$work"/*.txt)"
} > "$results"
cat "$results"
