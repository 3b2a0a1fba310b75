# Shared by .ci/run and deploy/run.sh: find or start the local PostgreSQL at 127.0.0.1:5432.

pg_reachable() {
  (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
}

# Succeeds when PostgreSQL answers on 127.0.0.1:5432, starting a stopped Debian cluster if needed.
ensure_local_postgres() {
  pg_reachable && return 0
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
    done
    for _ in $(seq 1 30); do
      pg_reachable && return 0
      sleep 0.5
    done
  fi
  return 1
}
