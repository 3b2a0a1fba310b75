#!/usr/bin/env bash
# practices-service at catalogue size: bulk ingest rate next to PostgreSQL COPY of the same rows
# into the same table, and search latency (q + 2 filters + facets) at that size.
# Usage: bench/practices.sh [COUNT]   (default 100000; writes bench/results/practices-DATE.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. deploy/lib/postgres.sh
. bench/lib/jwt.sh
. bench/lib/stack.sh

count=${1:-100000}
batch=10000
work=$(mktemp -d)
results="bench/results/practices-$(date -u +%Y-%m-%d).md"
trap 'bench_stop; rm -rf "$work"' EXIT

ensure_local_postgres || { echo "PostgreSQL is needed at 127.0.0.1:5432" >&2; exit 1; }
./mvnw -q -B package -DskipTests -pl taxonomy-service,practices-service -am

issuer=https://bench.local/realms/cajaga
public_key=$(jwt_keys "$work")
oidc=(-Dquarkus.oidc.public-key="$public_key" -Dquarkus.oidc.token.issuer="$issuer" -Dquarkus.oidc.auth-server-url=)
bench_db cajaga_taxonomy_bench
bench_db cajaga_practices_bench
TAXONOMY_PORT=18081 TAXONOMY_DB_URL=jdbc:postgresql://127.0.0.1:5432/cajaga_taxonomy_bench \
  bench_start taxonomy-service taxonomy-service/target/quarkus-app/quarkus-run.jar "$work/taxonomy.log" "${oidc[@]}"
PRACTICES_PORT=18082 PRACTICES_DB_URL=jdbc:postgresql://127.0.0.1:5432/cajaga_practices_bench \
  TAXONOMY_URL=http://localhost:18081 \
  bench_start practices-service practices-service/target/quarkus-app/quarkus-run.jar "$work/practices.log" "${oidc[@]}"
bench_wait http://localhost:18081/q/health/ready 60
bench_wait http://localhost:18082/q/health/ready 60

states=$(printf '"%02d",' $(seq 1 32)); states="[${states%,}]"
token=$(jwt_sign "$work/key.pem" "$issuer" service-account-bench '["integrator"]' "\"municipalities\":$states")

echo "Generating $count synthetic practices..."
java bench/src/SyntheticPractices.java "$count" taxonomy-service/src/main/resources/reference > "$work/all.ndjson"
split -l "$batch" -d -a 3 "$work/all.ndjson" "$work/part-"

push() {
  curl -fs -o "$2" -w '%{http_code}' -X POST "http://localhost:18082/api/v1/practices:bulk?source=bench" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/x-ndjson' --data-binary "@$1"
}

echo "Pushing through the API in requests of $batch records..."
start=$(date +%s.%N)
for part in "$work"/part-*; do
  code=$(push "$part" "$part.report")
  [ "$code" = 200 ] || { echo "push failed: HTTP $code" >&2; cat "$part.report" >&2; exit 1; }
done
ingest=$(echo "$(date +%s.%N) - $start" | bc)
created=$(cat "$work"/part-*.report | jq -s 'map(.summary.created) | add')
rejected=$(cat "$work"/part-*.report | jq -s 'map(.summary.rejected) | add')
if [ "$rejected" != 0 ]; then
  echo "Some records were rejected; the first problem:" >&2
  cat "$work"/part-*.report | jq -c 'first(.records[] | select(.status == "rejected"))' | head -1 >&2
fi

echo "Re-pushing the first request (idempotent: nothing changes)..."
start=$(date +%s.%N)
push "$work/part-000" "$work/repush.report" >/dev/null
repush=$(echo "$(date +%s.%N) - $start" | bc)
unchanged=$(jq '.summary.unchanged' "$work/repush.report")

pg() { psql -h 127.0.0.1 -U postgres -d cajaga_practices_bench -qAt "$@"; }
columns=$(pg -c "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns
                 where table_name = 'practice' and is_generated = 'NEVER'")
pg -c "\copy (select $columns from practice) to '$work/practice.csv' with (format csv)"
echo "COPY of the same $created rows into the same (emptied) table..."
start=$(date +%s.%N)
pg -c "truncate practice cascade" -c "\copy practice ($columns) from '$work/practice.csv' with (format csv)"
copy=$(echo "$(date +%s.%N) - $start" | bc)

# Bench shortcut: publish everything in SQL so anonymous search sees the whole catalogue.
pg -c "update practice set status = 'PUBLISHED', published_at = now()" -c "vacuum analyze practice"
explain=$(pg -c "explain (analyze, buffers off, costs off) select p.id from practice p
  where p.search_vector @@ websearch_to_tsquery('cajaga_es', 'presupuesto participativo') and p.state_code in ('14')
  and p.principles && cast(array['PARTICIPATION'] as varchar[]) and p.status = 'PUBLISHED'
  order by ts_rank_cd(p.search_vector, websearch_to_tsquery('cajaga_es', 'presupuesto participativo')) desc, p.id desc limit 21")

echo "Searching (q + 2 filters + facets, 16 connections, 20 s)..."
curl -fs "http://localhost:18082/api/v1/practices?q=cabildo&limit=1" >/dev/null
wrk -t2 -c16 -d20s --latency -s bench/lib/search.lua http://localhost:18082 > "$work/wrk.txt"
p50=$(awk '/^ +50%/ {print $2}' "$work/wrk.txt")
p99=$(awk '/^ +99%/ {print $2}' "$work/wrk.txt")
rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
errors=$(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || echo none)

api_rate=$(echo "$created / $ingest" | bc)
copy_rate=$(echo "$created / $copy" | bc)
ratio=$(echo "scale=3; $copy / $ingest" | bc)
{
  echo "# practices-service at $count practices — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version)"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| records pushed through the API (NDJSON, $batch per request) | $created created, $rejected rejected |"
  echo "| API bulk ingest | ${ingest}s, **$api_rate records/s** |"
  echo "| COPY of the same rows into the same table | ${copy}s, $copy_rate records/s |"
  echo "| API / COPY throughput | **$ratio** |"
  echo "| re-push of $batch unchanged records | ${repush}s, $unchanged unchanged |"
  echo "| search q + 2 filters + facets, 16 connections: p50 / p99 | **$p50 / $p99** |"
  echo "| search throughput | $rps requests/s ($errors) |"
  echo
  echo "Search plan (\`presupuesto participativo\`, state 14, principle PARTICIPATION):"
  echo
  echo '```'
  echo "$explain"
  echo '```'
} > "$results"
cat "$results"
