# Shared by deploy/run.sh and bench/run.sh: wait for a background process to say it is ready.

# wait_for_line LOG TEXT PID SECONDS: succeeds once LOG contains TEXT; fails (showing the log's end)
# when PID stops first or SECONDS pass.
wait_for_line() {
  local log=$1 text=$2 pid=$3
  for _ in $(seq 1 $(($4 * 2))); do
    grep -q "$text" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  grep -q "$text" "$log" 2>/dev/null && return 0
  echo "not ready ('$text' missing); the end of $log:" >&2
  tail -20 "$log" >&2
  return 1
}
