#!/usr/bin/env bash
# Measures the time from the README's run command to the first successful request (the login page
# answering 200 and /health UP), once with an empty data directory (cold: database created, schema
# migrated, reference data loaded) and once more with the same directory (warm).
# Usage, from the repository root:  bash kb-app/src/bench/startup-time.sh
set -euo pipefail
data=$(mktemp -d)
port=${KB_PORT:-8080}
measure() {
  local label=$1 start end
  start=$(date +%s.%N)
  KB_DATA_DIR="$data" KB_ADMIN_PASSWORD=Bench-wachtwoord-1 mvn -B -q -o -Prun verify >"$data/run-$label.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/login.html" && curl -sf "http://localhost:$port/health" | grep -q '"UP"'; do
    sleep 0.2
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the application stopped; see $data/run-$label.log"; exit 1; fi
  done
  end=$(date +%s.%N)
  printf '%s start to first successful request: %.1f s\n' "$label" "$(echo "$end - $start" | bc)"
  # SIGTERM runs the same shutdown hooks as Ctrl-C (a background job ignores SIGINT).
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pkill -f "$data" 2>/dev/null || true
  sleep 2
}
measure cold
measure warm
rm -rf "$data"
