#!/usr/bin/env bash
# Measures the Djakarta TechEmpower app against the raw servlet baseline in one run, then the sample blog's start-up
# time and memory. See benchmarks/README.md ("TechEmpower comparison") for what is measured and how to read it.
#
#   benchmarks/run.sh [--postgres] [--skip-build]
#
# Environment (defaults in brackets):
#   WRK_THREADS [2]  WRK_CONNECTIONS [64]  WRK_DURATION [5s]  WARMUP_DURATION [3s]  ROUNDS [2]
#   QUERIES [20]            rows per /queries and /updates request under load
#   POOL_SIZE [10]          database connections, the same for both apps
#   APP_JAVA_OPTS [-Xms512m -Xmx512m]   JVM options, the same for both apps
#   CONFIGS ["djakarta djakarta-trimmed raw"]   run in this order in every round (A B A B ...)
#   BLOG_STARTS [3]  BLOG_REQUESTS [10000]  BLOG_JAVA_OPTS []   the sample-blog measurement (BLOG_STARTS=0 skips it),
#                           plain (java -jar) and tuned (AppCDS archive from a training run plus BLOG_TUNED_OPTS)
#   BLOG_TUNED_OPTS [-XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1]   the tuned variant's small-footprint options
#   PG_URL [jdbc:postgresql://127.0.0.1:5432/test]  PG_USER [postgres]  (PGPASSWORD if needed)   with --postgres
#   MVN_ARGS []             extra Maven arguments for the build, e.g. -o
#   PORT [18080]            the port each app (and the sample blog) listens on, one at a time
#   RESULTS_DIR [benchmarks/target/run-<time>]   logs, raw wrk output, results.tsv and summary.md
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"

postgres=false
build=true
for arg in "$@"; do
  case "$arg" in
    --postgres) postgres=true ;;
    --skip-build) build=false ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "Unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-64}"
WRK_DURATION="${WRK_DURATION:-5s}"
WARMUP_DURATION="${WARMUP_DURATION:-3s}"
ROUNDS="${ROUNDS:-2}"
QUERIES="${QUERIES:-20}"
POOL_SIZE="${POOL_SIZE:-10}"
APP_JAVA_OPTS="${APP_JAVA_OPTS:--Xms512m -Xmx512m}"
CONFIGS="${CONFIGS:-djakarta djakarta-trimmed raw}"
BLOG_STARTS="${BLOG_STARTS:-3}"
BLOG_REQUESTS="${BLOG_REQUESTS:-10000}"
BLOG_JAVA_OPTS="${BLOG_JAVA_OPTS:-}"
BLOG_TUNED_OPTS="${BLOG_TUNED_OPTS:--XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1}"
PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
PG_USER="${PG_USER:-postgres}"
MVN_ARGS="${MVN_ARGS:-}"
PORT="${PORT:-18080}"
RESULTS_DIR="${RESULTS_DIR:-$repo/benchmarks/target/run-$(date -u +%Y%m%dT%H%M%SZ)}"

jar="$repo/benchmarks/target/benchmarks.jar"
blog_jar="$repo/sample-blog/target/sample-blog.jar"
mkdir -p "$RESULTS_DIR"
results="$RESULTS_DIR/results.tsv"
: > "$results"

# ---- cleanup: every process this script starts is stopped on exit ------------------------------------------------
pids=()
tmpdirs=()
schema=""
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [[ -n "$schema" ]]; then
    java -cp "$jar" dev.djakarta.benchmarks.tfb.TfbData drop-schema "$PG_URL" "$PG_USER" "$schema" >/dev/null 2>&1 || true
  fi
  local d
  for d in "${tmpdirs[@]}"; do rm -rf "$d"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ABORT: $*" >&2; exit 1; }

stop() {
  local pid="$1"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

# Waits (at most $3 seconds) until GET $2 on port $1 answers 200.
wait_ready() {
  local port="$1" path="$2" limit="$3" start=$SECONDS
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port$path" || true)" == 200 ]]; do
    (( SECONDS - start < limit )) || return 1
    sleep 0.1
  done
}

# ---- build and tools ----------------------------------------------------------------------------------------------
if $build; then
  log "Building benchmarks and sample-blog (mvn -q -pl benchmarks,sample-blog -am package -DskipTests $MVN_ARGS)"
  # shellcheck disable=SC2086
  mvn -q -pl benchmarks,sample-blog -am package -DskipTests $MVN_ARGS
fi
[[ -f "$jar" ]] || die "$jar is missing; run without --skip-build"

if ! command -v wrk >/dev/null; then
  log "Installing wrk (apt-get)"
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
fi
command -v curl >/dev/null || die "curl is needed"

expected="$repo/../shared/bench/expected-fortunes.html"
if [[ ! -f "$expected" ]]; then
  expected="$repo/benchmarks/src/test/resources/expected-fortunes.html"
  log "shared/bench is not beside the repository; using the committed copy $expected"
fi

# ---- the database ---------------------------------------------------------------------------------------------------
if $postgres; then
  schema="tfb_bench_$$"
  log "PostgreSQL: creating and filling schema $schema at $PG_URL"
  java -cp "$jar" dev.djakarta.benchmarks.tfb.TfbData create-schema "$PG_URL" "$PG_USER" "$schema" \
    || { schema=""; die "could not create the schema on $PG_URL"; }
  sep='?'; [[ "$PG_URL" == *\?* ]] && sep='&'
  db_url="$PG_URL${sep}currentSchema=$schema"
  db_label="PostgreSQL ($PG_URL, schema $schema, shared by both apps)"
else
  db_url="jdbc:h2:mem:tfb;DB_CLOSE_DELAY=-1"
  db_label="H2 in-memory (each app creates and fills its own copy at start-up)"
fi

# ---- the apps ------------------------------------------------------------------------------------------------------
secret="$(head -c 48 /dev/urandom | base64 | tr -d '/+=' | head -c 50)"
app_pid=""

start_app() {
  local config="$1" port="$2" out="$RESULTS_DIR/$1.log" work
  work="$(mktemp -d)"; tmpdirs+=("$work")
  local -a common_env=(DJAKARTA_SITE=dev.djakarta.benchmarks.tfb.djakarta.TfbSite DJAKARTA_DEBUG=false
    DJAKARTA_SECRET_KEY="$secret" DJAKARTA_ALLOWED_HOSTS=127.0.0.1,localhost DATABASE_URL="$db_url"
    DJAKARTA_DATABASE_POOL_SIZE="$POOL_SIZE")
  if $postgres; then
    common_env+=(DJAKARTA_DATABASE_USER="$PG_USER" DJAKARTA_TFB_CREATE_TABLES=false)
  else
    common_env+=(DJAKARTA_DATABASE_USER=sa DJAKARTA_TFB_CREATE_TABLES=true)
  fi
  case "$config" in
    djakarta)
      # shellcheck disable=SC2086
      (cd "$work" && exec env "${common_env[@]}" java $APP_JAVA_OPTS -cp "$jar" dev.djakarta.management.Manage \
        runserver "127.0.0.1:$port" --noreload) >"$out" 2>&1 &
      ;;
    djakarta-trimmed)
      # shellcheck disable=SC2086
      (cd "$work" && exec env "${common_env[@]}" DJAKARTA_MIDDLEWARE=dev.djakarta.benchmarks.tfb.djakarta.ServerHeader \
        java $APP_JAVA_OPTS -cp "$jar" dev.djakarta.management.Manage runserver "127.0.0.1:$port" --noreload) >"$out" 2>&1 &
      ;;
    raw)
      local -a db_args=(--url "$db_url" --pool "$POOL_SIZE")
      if $postgres; then db_args+=(--user "$PG_USER" --password "${PGPASSWORD:-}" --no-create-tables)
      else db_args+=(--user sa); fi
      # shellcheck disable=SC2086
      (cd "$work" && exec java $APP_JAVA_OPTS -cp "$jar" dev.djakarta.benchmarks.tfb.raw.RawServer \
        --port "$port" "${db_args[@]}") >"$out" 2>&1 &
      ;;
    *) die "unknown configuration $config (CONFIGS: djakarta, djakarta-trimmed, raw)" ;;
  esac
  app_pid=$!
  pids+=("$app_pid")
  wait_ready "$port" /plaintext 90 || { tail -20 "$out" >&2; die "$config did not answer on port $port within 90 s"; }
}

endpoints() {
  local list="plaintext json db queries?queries=$QUERIES updates?queries=$QUERIES fortunes"
  [[ "$1" == raw ]] && list="$list fortunes-thymeleaf"
  echo "$list"
}

# wrk's latency in milliseconds ("812.00us", "3.21ms", "1.02s" -> ms)
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

wrk_seconds() { local d="$1"; case "$d" in *m) echo $(( ${d%m} * 60 ));; *s) echo "${d%s}";; *) echo "$d";; esac; }

measure() {
  local round="$1" config="$2" port="$3" endpoint="$4"
  local url="http://127.0.0.1:$port/$endpoint" out
  local limit=$(( $(wrk_seconds "$WRK_DURATION") + $(wrk_seconds "$WARMUP_DURATION") + 30 ))
  timeout "$limit" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WARMUP_DURATION" --timeout 5s "$url" >/dev/null
  out="$RESULTS_DIR/wrk-r$round-$config-${endpoint%%\?*}.txt"
  timeout "$limit" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 5s --latency "$url" >"$out"
  local rps p99 errors non2xx
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
  errors="$(awk '/Socket errors:/ { gsub(/[^0-9]+/, " "); s = 0; for (i = 1; i <= NF; i++) s += $i; print s }' "$out")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$config" "${endpoint%%\?*}" "${rps:-0}" "$p99" \
    "$(( ${non2xx:-0} + ${errors:-0} ))" >>"$results"
  local note=""
  (( ${non2xx:-0} + ${errors:-0} == 0 )) || note=" (non-2xx: ${non2xx:-0}, socket errors: ${errors:-0})"
  log "  $config ${endpoint}: ${rps:-0} req/s, p99 ${p99} ms$note"
}

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
log "Database: $db_label"
log "Load: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION (warm-up $WARMUP_DURATION) per endpoint; $ROUNDS rounds of: $CONFIGS"
log "Results in $RESULTS_DIR"
for round in $(seq 1 "$ROUNDS"); do
  for config in $CONFIGS; do
    port=$PORT
    log "Round $round: $config"
    start_app "$config" "$port"
    fortunes_paths=(/fortunes); [[ "$config" == raw ]] && fortunes_paths+=(/fortunes-thymeleaf)
    if ! timeout 120 java -cp "$jar" dev.djakarta.benchmarks.tfb.Verifier "http://127.0.0.1:$port" "$expected" \
        "${fortunes_paths[@]}" >"$RESULTS_DIR/verify-r$round-$config.txt" 2>&1; then
      cat "$RESULTS_DIR/verify-r$round-$config.txt" >&2
      die "$config failed verification; nothing was measured"
    fi
    log "  verified: $(grep -c '^  ok' "$RESULTS_DIR/verify-r$round-$config.txt") checks passed"
    for endpoint in $(endpoints "$config"); do
      measure "$round" "$config" "$port" "$endpoint"
    done
    stop "$app_pid"
  done
done

# ---- the sample blog: time to first response, and memory after BLOG_REQUESTS requests --------------------------------
# Two variants: "plain" is java -jar with no options (BLOG_JAVA_OPTS only); "tuned" adds an AppCDS archive made by a
# training run (-XX:ArchiveClassesAtExit) and BLOG_TUNED_OPTS (small-footprint heap and JIT).
blog_rows=()
blog_home=""
blog_env=(DJAKARTA_DEBUG=false DJAKARTA_SECRET_KEY="$secret" DJAKARTA_ALLOWED_HOSTS=127.0.0.1,localhost)
# The blog keeps its H2 database in var/ under its working directory. One untimed run of `migrate` there (with the
# blog's first-run steps switched on: migrations, then the demo posts and comments) gives every timed start below a
# migrated database with content, as a restarted production site has; DEBUG off, so the timed starts do no set-up.
blog_prepare() {
  blog_home="$(mktemp -d)"; tmpdirs+=("$blog_home")
  (cd "$blog_home" && exec env "${blog_env[@]}" BLOG_AUTO_MIGRATE=true BLOG_DEMO_CONTENT=true timeout 120 java -jar "$blog_jar" migrate) \
    >"$RESULTS_DIR/blog-migrate.log" 2>&1 || { tail -20 "$RESULTS_DIR/blog-migrate.log" >&2; die "migrating the sample blog's database failed"; }
}
blog_run() {   # $1 label, $2 start number, rest: JVM options; sets blog_pid and blog_ms
  local label="$1" i="$2" work="$blog_home" t0; shift 2
  t0=$(date +%s%N)
  (cd "$work" && exec env "${blog_env[@]}" \
    java "$@" -jar "$blog_jar" runserver "127.0.0.1:$PORT" --noreload) >"$RESULTS_DIR/blog-$label-$i.log" 2>&1 &
  blog_pid=$!; pids+=("$blog_pid")
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/" || true)" == 200 ]]; do
    (( ($(date +%s%N) - t0) / 1000000000 < 60 )) || { tail -20 "$RESULTS_DIR/blog-$label-$i.log" >&2; die "sample blog did not answer within 60 s"; }
    kill -0 "$blog_pid" 2>/dev/null || { tail -20 "$RESULTS_DIR/blog-$label-$i.log" >&2; die "sample blog exited"; }
    sleep 0.02
  done
  blog_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}
blog_variant() {   # $1 label, rest: JVM options
  local label="$1"; shift
  local -a starts=()
  local i sorted median served rss_kb hwm_kb
  for i in $(seq 1 "$BLOG_STARTS"); do
    blog_run "$label" "$i" "$@"
    starts+=("$blog_ms")
    log "Sample blog ($label) start $i: first 200 on / after $blog_ms ms"
    if (( i == BLOG_STARTS )); then
      timeout 300 curl -s --no-progress-meter --parallel --parallel-max 4 -w '%{http_code}\n' -K "$urls" \
        >"$RESULTS_DIR/blog-$label-statuses.txt" 2>/dev/null || true
      served="$(grep -c '^200$' "$RESULTS_DIR/blog-$label-statuses.txt" || true)"
      (( served == BLOG_REQUESTS )) || log "WARNING: only $served of $BLOG_REQUESTS sample-blog requests answered 200"
      rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$blog_pid/status")"
      hwm_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$blog_pid/status")"
      log "Sample blog ($label) after $served requests: RSS $(( rss_kb / 1024 )) MB (peak $(( hwm_kb / 1024 )) MB)"
    fi
    stop "$blog_pid"
  done
  sorted=($(printf '%s\n' "${starts[@]}" | sort -n))
  median="${sorted[$(( ${#sorted[@]} / 2 ))]}"
  local shown="${*//$RESULTS_DIR\//}"
  blog_rows+=("| $label | \`${shown:-(none)}\` | $median ms (${starts[*]}) | $(( rss_kb / 1024 )) MB after $served requests (peak $(( hwm_kb / 1024 )) MB) |")
}
if (( BLOG_STARTS > 0 )); then
  [[ -f "$blog_jar" ]] || die "$blog_jar is missing; run without --skip-build"
  # BLOG_REQUESTS GETs over the blog's pages and a static file, by one curl process on 4 keep-alive connections
  urls="$RESULTS_DIR/blog-urls.txt"
  blog_paths=(/ /about/ /contact/ /static/blog/site.css)
  for n in $(seq 1 "$BLOG_REQUESTS"); do
    printf 'url = "http://127.0.0.1:%s%s"\noutput = "/dev/null"\n' "$PORT" "${blog_paths[$(( n % 4 ))]}"
  done >"$urls"
  blog_prepare
  # shellcheck disable=SC2086
  blog_variant plain $BLOG_JAVA_OPTS
  archive="$RESULTS_DIR/sample-blog.jsa"
  # shellcheck disable=SC2086
  blog_run cds-training 1 $BLOG_JAVA_OPTS -XX:ArchiveClassesAtExit="$archive"
  curl -s -o /dev/null -o /dev/null "http://127.0.0.1:$PORT/about/" "http://127.0.0.1:$PORT/contact/" || true
  stop "$blog_pid"
  [[ -f "$archive" ]] || die "the AppCDS training run wrote no archive"
  # shellcheck disable=SC2086
  blog_variant tuned $BLOG_JAVA_OPTS -XX:SharedArchiveFile="$archive" $BLOG_TUNED_OPTS
fi

# ---- summary -------------------------------------------------------------------------------------------------------
summary="$RESULTS_DIR/summary.md"
{
  echo "Database: $db_label. Load: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION per endpoint after a $WARMUP_DURATION warm-up; queries/updates with queries=$QUERIES; pool $POOL_SIZE; $ROUNDS rounds ($CONFIGS); JVM options '$APP_JAVA_OPTS'."
  echo "Machine: nproc $(nproc); $(java -version 2>&1 | head -1); $(date -u +%F)."
  echo
  awk -F'\t' -v configs="$CONFIGS" '
    { key = $2 SUBSEP $3; rps[key] += $4; p99[key] += $5; n[key]++; err[key] += $6; seen[$3] = 1 }
    function mean(a, k) { return n[k] ? a[k] / n[k] : 0 }
    function cell(c, e,   k) { k = c SUBSEP e; return n[k] ? sprintf("%.0f", mean(rps, k)) : "-" }
    function lat(c, e,   k) { k = c SUBSEP e; return n[k] ? sprintf("%.1f", mean(p99, k)) : "-" }
    function ratio(c, e, base,   k, b) { k = c SUBSEP e; b = "raw" SUBSEP base; return (n[k] && n[b] && rps[b] > 0) ? sprintf("%.2f", mean(rps, k) / mean(rps, b)) : "-" }
    END {
      print "| endpoint | Djakarta req/s | trimmed req/s | raw req/s | Djakarta/raw | trimmed/raw | p99 Djakarta ms | p99 trimmed ms | p99 raw ms | errors |"
      print "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
      split("plaintext json db queries updates fortunes", eps, " ")
      for (i = 1; i <= 6; i++) {
        e = eps[i]; base = (e == "fortunes") ? "fortunes-thymeleaf" : e
        label = (e == "fortunes") ? "fortunes (raw: Thymeleaf)" : e
        errs = err["djakarta" SUBSEP e] + err["djakarta-trimmed" SUBSEP e] + err["raw" SUBSEP base]
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d |\n", label, cell("djakarta", e), cell("djakarta-trimmed", e),
          cell("raw", base), ratio("djakarta", e, base), ratio("djakarta-trimmed", e, base), lat("djakarta", e),
          lat("djakarta-trimmed", e), lat("raw", base), errs
      }
      e = "fortunes"
      printf "| fortunes (raw: hand-written) | %s | %s | %s | %s | %s | %s | %s | %s | %d |\n", cell("djakarta", e),
        cell("djakarta-trimmed", e), cell("raw", e), ratio("djakarta", e, e), ratio("djakarta-trimmed", e, e),
        lat("djakarta", e), lat("djakarta-trimmed", e), lat("raw", e), err["raw" SUBSEP e]
    }' "$results"
  if (( ${#blog_rows[@]} > 0 )); then
    echo
    echo "| sample blog | JVM options | process start to first 200 on / (median; each start) | resident memory (VmRSS) |"
    echo "| --- | --- | ---: | ---: |"
    printf '%s\n' "${blog_rows[@]}"
  fi
  echo
  echo "Load average at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg)."
} >"$summary"
echo
cat "$summary"
