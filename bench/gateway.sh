#!/usr/bin/env bash
# Gateway overhead: the same GET through the gateway and directly to taxonomy-service, in one run.
# wrk runs on CPU 0, the JVMs on CPU 1 (taskset). Writes bench/results/gateway-DATE.md.
# Usage: bench/gateway.sh [SECONDS] [CONNECTIONS]   (defaults 20 and 8)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. deploy/lib/postgres.sh
. bench/lib/jwt.sh
. bench/lib/stack.sh

seconds=${1:-20}
connections=${2:-8}
path=/api/v1/taxonomy/principles/TRANSPARENCY
work=$(mktemp -d)
results="bench/results/gateway-$(date -u +%Y-%m-%d).md"
trap 'bench_stop; rm -rf "$work"' EXIT

ensure_local_postgres || { echo "PostgreSQL is needed at 127.0.0.1:5432" >&2; exit 1; }
./mvnw -q -B package -DskipTests -pl taxonomy-service,gateway -am

public_key=$(jwt_keys "$work")
oidc=(-Dquarkus.oidc.public-key="$public_key" -Dquarkus.oidc.token.issuer=https://bench.local/realms/cajaga
      -Dquarkus.oidc.auth-server-url=)
bench_db cajaga_taxonomy_bench
TAXONOMY_PORT=18081 TAXONOMY_DB_URL=jdbc:postgresql://127.0.0.1:5432/cajaga_taxonomy_bench \
  bench_start taxonomy-service taxonomy-service/target/quarkus-app/quarkus-run.jar "$work/taxonomy.log" "${oidc[@]}"
GATEWAY_PORT=18080 TAXONOMY_URL=http://localhost:18081 GATEWAY_RATE_ANONYMOUS=1000000000 \
  bench_start gateway gateway/target/quarkus-app/quarkus-run.jar "$work/gateway.log" "${oidc[@]}"
for pid in "${BENCH_PIDS[@]}"; do taskset -pc 1 "$pid" >/dev/null; done
bench_wait http://localhost:18081/q/health/live 60
bench_wait http://localhost:18080/q/health/live 60

measure() { taskset -c 0 wrk -t1 -c"$connections" -d"$2" --latency "$1"; }
# Both paths warm up (JIT, pools) before anything is measured; then two interleaved rounds, so
# neither side profits from running later. The second round is reported.
measure "http://localhost:18081$path" 10s >/dev/null
measure "http://localhost:18080$path" 10s >/dev/null
for round in 1 2; do
  measure "http://localhost:18081$path" "${seconds}s" > "$work/direct.txt"
  measure "http://localhost:18080$path" "${seconds}s" > "$work/gateway.txt"
done

rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
ms() { case "$1" in *us) echo "scale=3; ${1%us} / 1000" | bc ;; *ms) echo "${1%ms}" ;; *s) echo "scale=3; ${1%s} * 1000" | bc ;; esac; }
direct_rps=$(rps "$work/direct.txt"); gateway_rps=$(rps "$work/gateway.txt")
direct_p50=$(ms "$(pct "$work/direct.txt" 50%)"); gateway_p50=$(ms "$(pct "$work/gateway.txt" 50%)")
direct_p99=$(ms "$(pct "$work/direct.txt" 99%)"); gateway_p99=$(ms "$(pct "$work/gateway.txt" 99%)")
{
  echo "# Gateway overhead — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "GET $path, anonymous, wrk 1 thread × $connections connections × ${seconds}s on CPU 0; JVMs on CPU 1."
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(psql --version)"
  echo
  echo "| | direct | through gateway |"
  echo "|---|---|---|"
  echo "| requests/s | $direct_rps | $gateway_rps |"
  echo "| p50 (ms) | $direct_p50 | $gateway_p50 |"
  echo "| p99 (ms) | $direct_p99 | $gateway_p99 |"
  echo
  echo "Throughput ratio gateway/direct: **$(echo "scale=3; $gateway_rps / $direct_rps" | bc)** (target ≥ 0.80)."
  echo "Added p50: **$(echo "scale=3; $gateway_p50 - $direct_p50" | bc) ms** (target < 1 ms); added p99: $(echo "scale=3; $gateway_p99 - $direct_p99" | bc) ms."
  grep -h -E 'Non-2xx|Socket errors' "$work/direct.txt" "$work/gateway.txt" | sed 's/^/Errors: /' || true
} > "$results"
cat "$results"
