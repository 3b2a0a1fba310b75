# Reading wrk's output: throughput, latency percentiles in milliseconds, errors.

wrk_rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }

# wrk_ms FILE PERCENT: the latency at that percentile (50%, 99%), in ms.
wrk_ms() {
  local value
  value=$(awk -v p="$2" '$1 == p {print $2}' "$1")
  case "$value" in
    *us) echo "scale=3; ${value%us} / 1000" | bc ;;
    *ms) echo "${value%ms}" ;;
    *s) echo "scale=3; ${value%s} * 1000" | bc ;;
  esac
}

wrk_errors() { grep -h -E 'Non-2xx|Socket errors' "$@" | tr '\n' ' ' || true; }

ratio() { echo "scale=3; $1 / $2" | bc; }

# pid_of PATTERN: the process whose command line matches.
pid_of() { pgrep -f "$1" | head -1; }

# rss_mb PATTERN: resident memory of that process, in MB.
rss_mb() { echo $(( $(ps -o rss= -p "$(pid_of "$1")") / 1024 )); }

# pid_cpu_ms PID: CPU time (user + system) that process has used so far, in ms.
pid_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }

# cpu_ms PATTERN: the same for the process whose command line matches.
cpu_ms() { pid_cpu_ms "$(pid_of "$1")"; }

# postgres_cpu_ms: CPU time all PostgreSQL server processes have used so far, in ms.
postgres_cpu_ms() {
  local pid total=0
  for pid in $(pgrep -x postgres); do
    total=$(( total + $(pid_cpu_ms "$pid" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

# wrk_requests FILE: how many requests wrk completed.
wrk_requests() { awk '/requests in/ {print $1}' "$1"; }
