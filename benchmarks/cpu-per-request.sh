#!/usr/bin/env bash
# Requests/s and the app process's CPU time per request (user+system from /proc/<pid>/stat, and voluntary context
# switches per request), one app at a time: the A/B measurement behind the README's before/after table.
#
#   benchmarks/cpu-per-request.sh CONFIG [ENDPOINT...]
#   e.g. JAR=/tmp/base/benchmarks/target/benchmarks.jar benchmarks/cpu-per-request.sh djakarta json db
#
# CONFIG is djakarta, trimmed or raw; endpoints default to all six (raw answers fortunes with fortunes-thymeleaf).
# H2 in-memory by default; PG_URL=jdbc:postgresql://...?currentSchema=... uses an existing filled schema (TfbData
# create-schema). JAR (default: this module's jar) lets one compare two builds; run them alternately (A B A B).
# WARM [4] and DUR [6] seconds of wrk -t2 -c64 per endpoint; PORT [18111]; EXTRA_OPTS are added to -Xms512m -Xmx512m.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/target/benchmarks.jar}"
config=$1; shift
eps=("$@"); [[ ${#eps[@]} -eq 0 ]] && eps=(plaintext json db 'queries?queries=20' 'updates?queries=20' fortunes)
port=${PORT:-18111}; dur=${DUR:-6}
secret="profile-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-0123"
if [[ -n "${PG_URL:-}" ]]; then
  db_env=(DATABASE_URL="$PG_URL" DJAKARTA_DATABASE_USER=postgres DJAKARTA_TFB_CREATE_TABLES=false)
  raw_db=(--url "$PG_URL" --user postgres --no-create-tables)
else
  db_env=(DATABASE_URL="jdbc:h2:mem:tfb;DB_CLOSE_DELAY=-1" DJAKARTA_DATABASE_USER=sa DJAKARTA_TFB_CREATE_TABLES=true)
  raw_db=(--url "jdbc:h2:mem:tfb;DB_CLOSE_DELAY=-1" --user sa)
fi
opts=(-Xms512m -Xmx512m ${EXTRA_OPTS:-})
case "$config" in
  djakarta) env "${db_env[@]}" DJAKARTA_SECRET_KEY="$secret" java "${opts[@]}" -cp "$jar" dev.djakarta.management.Manage runserver "127.0.0.1:$port" --noreload >"$here/target/cpu-$config.log" 2>&1 & ;;
  trimmed) env "${db_env[@]}" DJAKARTA_SECRET_KEY="$secret" DJAKARTA_MIDDLEWARE=dev.djakarta.benchmarks.tfb.djakarta.ServerHeader java "${opts[@]}" -cp "$jar" dev.djakarta.management.Manage runserver "127.0.0.1:$port" --noreload >"$here/target/cpu-$config.log" 2>&1 & ;;
  raw) java "${opts[@]}" -cp "$jar" dev.djakarta.benchmarks.tfb.raw.RawServer --port "$port" "${raw_db[@]}" >"$here/target/cpu-$config.log" 2>&1 & ;;
esac
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$port/plaintext" && break; sleep 0.2; done
tck=$(getconf CLK_TCK)
cpu() { awk "{print \$14+\$15}" /proc/$pid/stat; }
sys() { awk "{print \$15}" /proc/$pid/stat; }
ctx() { awk "/voluntary_ctxt_switches/ {s+=\$2} END {print s}" /proc/$pid/task/*/status 2>/dev/null; }
for ep in "${eps[@]}"; do
  e=$ep; [[ $config == raw && $ep == fortunes ]] && e=fortunes-thymeleaf
  url="http://127.0.0.1:$port/$e"
  wrk -t2 -c64 -d${WARM:-4}s "$url" >/dev/null
  c0=$(cpu); s0=$(sys); x0=$(ctx)
  out=$(wrk -t2 -c64 -d${dur}s "$url")
  c1=$(cpu); s1=$(sys); x1=$(ctx)
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  us=$(awk -v c=$((c1-c0)) -v t=$tck -v n=$reqs 'BEGIN{printf "%.1f", c/t*1e6/n}')
  sysus=$(awk -v c=$((s1-s0)) -v t=$tck -v n=$reqs "BEGIN{printf \"%.1f\", c/t*1e6/n}"); cs=$(awk -v c=$((x1-x0)) -v n=$reqs "BEGIN{printf \"%.2f\", c/n}")
  printf "%-10s %-22s %10s req/s  %8s cpu-us/req (sys %s)  %s ctxsw/req  load %s\n" "$config" "$e" "$rps" "$us" "$sysus" "$cs" "$(cut -d" " -f1 /proc/loadavg)"
done
