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

# wrk_errors FILE...: wrk's non-2xx answers and socket errors, each after the name of its run.
wrk_errors() { grep -H -E 'Non-2xx|Socket errors' "$@" | sed 's|^.*/\([^/]*\)\.txt:|\1:|' | tr '\n' ' ' || true; }

ratio() { echo "scale=3; $1 / $2" | bc; }

# port_pid PORT: the process listening on that TCP port (other worktrees may run the same jars elsewhere).
port_pid() { ss -Htlnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

# rss_mb PID: resident memory of that process, in MB.
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

# pid_cpu_ms PID: CPU time (user + system) that process has used so far, in ms.
pid_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }

# tree_cpu_ms PID: the same for that process and its children (nginx's master and workers).
tree_cpu_ms() {
  local pid total
  total=$(pid_cpu_ms "$1")
  for pid in $(pgrep -P "$1"); do total=$(( total + $(pid_cpu_ms "$pid" 2>/dev/null || echo 0) )); done
  echo "$total"
}

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

# per_request_us CPU_MS REQUESTS: CPU microseconds per request.
per_request_us() { echo $(( $1 * 1000 / $2 )); }

# settle DATABASE: waits (at most 30 s) until no statement of DATABASE has been running for more than a
# second, then cancels what still runs, so that one scenario's leftovers do not load the next one; prints
# how many statements it cancelled.
settle() {
  local busy query="from pg_stat_activity where datname = '$1' and state = 'active' and pid <> pg_backend_pid()
                     and now() - query_start > interval '1 second'"
  for _ in $(seq 30); do
    busy=$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "select count(*) $query")
    [ "$busy" = 0 ] && { echo 0; return; }
    sleep 1
  done
  psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "select count(*) from (select pg_cancel_backend(pid) $query) cancelled"
}
