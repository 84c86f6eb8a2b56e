#!/usr/bin/env bash
# Profiles one benchmark app under load with JFR and prints the hottest frames: where a gap in run.sh's table comes from.
#
#   benchmarks/profile.sh CONFIG ENDPOINT [SECONDS]
#   e.g. benchmarks/profile.sh djakarta 'queries?queries=20' 15
#
# CONFIG is djakarta, djakarta-trimmed or raw (H2 in-memory; PG_URL=jdbc:postgresql://... profiles on PostgreSQL against
# an existing filled schema, e.g. one left by TfbData create-schema). Uses the jar run.sh builds. Prints the top frames
# by self time (the method executing when sampled) and by inclusive time (the method anywhere on the stack), both as a
# share of all execution samples taken on the request threads. The recording stays in benchmarks/target/profile-*.jfr.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
config="${1:?config: djakarta, djakarta-trimmed or raw}"
endpoint="${2:?endpoint, e.g. db or queries?queries=20}"
seconds="${3:-15}"
port="${PORT:-18099}"
top="${TOP:-25}"
[[ -f "$jar" ]] || { echo "Build first: mvn -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }

secret="profile-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-0123"
if [[ -n "${PG_URL:-}" ]]; then
  db_env=(DATABASE_URL="$PG_URL" DJAKARTA_DATABASE_USER="${PG_USER:-postgres}" DJAKARTA_TFB_CREATE_TABLES=false)
  raw_db=(--url "$PG_URL" --user "${PG_USER:-postgres}" --no-create-tables)
else
  db_env=(DATABASE_URL="jdbc:h2:mem:tfb;DB_CLOSE_DELAY=-1" DJAKARTA_DATABASE_USER=sa DJAKARTA_TFB_CREATE_TABLES=true)
  raw_db=(--url "jdbc:h2:mem:tfb;DB_CLOSE_DELAY=-1" --user sa)
fi
opts=(-Xms512m -Xmx512m)
case "$config" in
  djakarta) env "${db_env[@]}" DJAKARTA_SECRET_KEY="$secret" java "${opts[@]}" -cp "$jar" dev.djakarta.management.Manage \
      runserver "127.0.0.1:$port" --noreload >/dev/null 2>&1 & ;;
  djakarta-trimmed) env "${db_env[@]}" DJAKARTA_SECRET_KEY="$secret" DJAKARTA_MIDDLEWARE=dev.djakarta.benchmarks.tfb.djakarta.ServerHeader \
      java "${opts[@]}" -cp "$jar" dev.djakarta.management.Manage runserver "127.0.0.1:$port" --noreload >/dev/null 2>&1 & ;;
  raw) java "${opts[@]}" -cp "$jar" dev.djakarta.benchmarks.tfb.raw.RawServer --port "$port" "${raw_db[@]}" >/dev/null 2>&1 & ;;
  *) echo "Unknown config $config" >&2; exit 2 ;;
esac
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$port/plaintext" && break; sleep 0.2; done

# JFR's "profile" settings sample each running thread every 10 ms; SAMPLE_MS (default 1) samples more often, so that a
# 10-15 s run on a busy 2-core machine still gives a few thousand samples
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
jfc="$here/target/profile-sampling.jfc"
sed "/jdk.ExecutionSample/,/<\/event>/ s|<setting name=\"period\"[^>]*>[^<]*<|<setting name=\"period\">${SAMPLE_MS:-1} ms<|" \
  "$java_home/lib/jfr/profile.jfc" >"$jfc"

url="http://127.0.0.1:$port/$endpoint"
rec="$here/target/profile-$config-${endpoint%%\?*}.jfr"
wrk -t2 -c64 -d5s "$url" >/dev/null                      # warm-up
jcmd "$pid" JFR.start name=profile settings="$jfc" duration="${seconds}s" filename="$rec" >/dev/null
wrk -t2 -c64 -d"$((seconds + 1))s" "$url" | grep -E 'Requests/sec'
for _ in $(seq 1 50); do [[ -s "$rec" ]] && break; sleep 0.2; done
sleep 1

jfr print --events jdk.ExecutionSample --stack-depth 256 "$rec" | gawk -v top="$top" '
  function flush(   f) {
    if (depth == 0) return
    total++; self[frames[1]]++
    delete seen
    for (f = 1; f <= depth; f++) if (!(frames[f] in seen)) { seen[frames[f]] = 1; incl[frames[f]]++ }
    depth = 0
  }
  /jdk.ExecutionSample/ { flush(); instack = 0; next }
  /stackTrace = \[/ { instack = 1; next }
  instack && /^[ \t]*\]/ { instack = 0; next }
  instack && !/^[ \t]*\.\.\.$/ { line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+line:.*/, "", line); frames[++depth] = line }
  END {
    flush()
    printf "%d execution samples\n-- self (top %d)\n", total, top
    n = 0; PROCINFO["sorted_in"] = "@val_num_desc"
    for (f in self) { if (n++ >= top) break; printf "%5.1f%%  %s\n", 100 * self[f] / total, f }
    printf "-- inclusive, framework and library frames (top %d)\n", top
    n = 0
    for (f in incl) {
      if (f !~ /dev\.djakarta|hibernate|thymeleaf|jackson|h2\.|postgresql|hikari|jetty/) continue
      if (n++ >= top) break; printf "%5.1f%%  %s\n", 100 * incl[f] / total, f
    }
  }'
echo "Recording: $rec"
