#!/usr/bin/env bash
# Scale-out test: three sample-blog instances on one fresh PostgreSQL database, sessions and cache in Redis, nginx
# round-robin in front (its own config and prefix in a temp dir, not the system service). Driver.java then logs in
# through nginx and checks the session on every instance, posts comments through different instances and finds them
# all in the admin, edits a post on one instance and sees it on the others, runs wrk with zero errors, and kills an
# instance under load (nginx fails over; no comment is lost). Everything it started is stopped and the database
# dropped on exit.
#
#   deploy/scaleout/run.sh            (after `mvn -B verify` or `mvn -pl sample-blog -am package -DskipTests`)
#
# Exit status: 0 passed (or skipped, with the reason, when PostgreSQL, Redis, nginx or wrk is missing);
# 1 failed. Under CI=true a skip is a failure.
#
# Settings (environment): SCALEOUT_JAR (default sample-blog/target/sample-blog.jar), SCALEOUT_PG_HOST/PORT/USER
# (127.0.0.1, 5432, postgres; trust or SCALEOUT_PG_PASSWORD), SCALEOUT_REDIS_URL (redis://127.0.0.1:6379/0),
# SCALEOUT_SESSION_ENGINE (redis; or cached_db), SCALEOUT_WRK_SECONDS (5), SCALEOUT_KEEP=1 keeps the temp dir (logs,
# nginx.conf) afterwards.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="${SCALEOUT_JAR:-$ROOT/sample-blog/target/sample-blog.jar}"
PG_HOST="${SCALEOUT_PG_HOST:-127.0.0.1}"
PG_PORT="${SCALEOUT_PG_PORT:-5432}"
PG_USER="${SCALEOUT_PG_USER:-postgres}"
REDIS_URL="${SCALEOUT_REDIS_URL:-redis://127.0.0.1:6379/0}"
INSTANCES=3

say() { printf '%s\n' "$*"; }

skip() {
    if [ "${CI:-}" = "true" ]; then
        say "SCALE-OUT TEST FAILED: $1 (under CI=true the scale-out test must run)"
        exit 1
    fi
    say "SCALE-OUT TEST SKIPPED: $1"
    exit 0
}

reachable() {   # host port: true when a TCP connection opens within 2 s
    timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

redis_pong() {   # host port: true when Redis answers PING
    timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2; printf 'PING\r\n' >&3; read -r line <&3; [[ \$line == +PONG* ]]" 2>/dev/null
}

install_packages() {   # installs Debian packages when this user may; false otherwise
    command -v apt-get >/dev/null 2>&1 || return 1
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        sudo -n true 2>/dev/null || return 1
        sudo="sudo -n"
    fi
    say "Installing $* with apt-get"
    $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$@" >/dev/null
}

http_status() {   # port path: the HTTP status code of a GET on 127.0.0.1 (bash only, no curl needed)
    timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1; printf 'GET $2 HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3; read -r _ code _ <&3; echo \$code" 2>/dev/null || true
}

random_hex() {   # N bytes as 2N hex characters
    od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'
}

# --- Preconditions ---------------------------------------------------------------------------------------------
command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1 || skip "java and javac (a JDK 17+) are not on the PATH"
if [ ! -f "$JAR" ]; then
    say "Building $JAR"
    (cd "$ROOT" && mvn -B -q -pl sample-blog -am package -DskipTests)
fi
reachable "$PG_HOST" "$PG_PORT" || skip "PostgreSQL at $PG_HOST:$PG_PORT is not reachable"
REDIS_HOSTPORT="${REDIS_URL#redis://}"; REDIS_HOSTPORT="${REDIS_HOSTPORT##*@}"; REDIS_HOSTPORT="${REDIS_HOSTPORT%%/*}"
redis_pong "${REDIS_HOSTPORT%%:*}" "${REDIS_HOSTPORT##*:}" || skip "Redis at $REDIS_URL does not answer PING"
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ "${#missing[@]}" -gt 0 ]; then
    install_packages "${missing[@]}" || skip "${missing[*]} missing and cannot be installed (apt-get needs root or sudo)"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
WRK="$(command -v wrk)"

# --- The run's own database, ports and temp dir -----------------------------------------------------------------
RUN_ID="$(date +%s)$(random_hex 3)"
DB="scaleout_$RUN_ID"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/djakarta-scaleout.XXXXXX")"
chmod 755 "$TMP"   # nginx's workers (user nobody when started as root) read STATIC_ROOT below it
mkdir -p "$TMP/driver"
javac -d "$TMP/driver" "$HERE/Driver.java"   # once: java Driver.java would compile it for every call
DRIVER=(java -cp "$JAR:$TMP/driver" Driver)   # the jar brings the PostgreSQL JDBC driver
export SCALEOUT_PG_JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/" SCALEOUT_PG_USER="$PG_USER"
PIDS=()
NGINX_PID=""
DB_CREATED=""
STATUS=1

cleanup() {
    set +e
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null; fi
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}" $NGINX_PID; do
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null
    done
    if [ "$STATUS" != 0 ]; then
        for f in "$TMP"/instance-*.log "$TMP"/nginx/error.log; do
            [ -f "$f" ] || continue
            say "--- last lines of $f"
            tail -n 25 "$f"
        done
    fi
    if [ -n "$DB_CREATED" ]; then "${DRIVER[@]}" dropdb "$DB" >/dev/null 2>&1 && say "Dropped database $DB"; fi
    if [ "${SCALEOUT_KEEP:-}" = 1 ]; then say "Kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "== Scale-out test run $RUN_ID: $INSTANCES instances, PostgreSQL $PG_HOST:$PG_PORT/$DB, Redis $REDIS_URL"
mapfile -t PORTS < <("${DRIVER[@]}" ports $((INSTANCES + 1)))
[ "${#PORTS[@]}" = $((INSTANCES + 1)) ] || { say "could not pick free ports"; exit 1; }
NGINX_PORT="${PORTS[$INSTANCES]}"
"${DRIVER[@]}" createdb "$DB"
DB_CREATED=1

# Production settings, shared by every instance and the commands (see the README's deployment sections).
unset DATABASE_URL
export DJAKARTA_DEBUG=false
export DJAKARTA_SECRET_KEY="$(random_hex 48)"
export DJAKARTA_ALLOWED_HOSTS=127.0.0.1,localhost
export DJAKARTA_DATABASE_URL="postgres://$PG_USER${SCALEOUT_PG_PASSWORD:+:$SCALEOUT_PG_PASSWORD}@$PG_HOST:$PG_PORT/$DB"
export DJAKARTA_DATABASE_POOL_SIZE=5
export DJAKARTA_SESSION_ENGINE="${SCALEOUT_SESSION_ENGINE:-redis}" DJAKARTA_SESSION_REDIS_URL="$REDIS_URL"
export DJAKARTA_CACHES=default DJAKARTA_CACHE_DEFAULT_BACKEND=redis DJAKARTA_CACHE_DEFAULT_LOCATION="$REDIS_URL"
export DJAKARTA_CACHE_DEFAULT_KEY_PREFIX="scaleout-$RUN_ID"
export DJAKARTA_LOGIN_THROTTLE_CACHE=default
export DJAKARTA_INSTANCES=$INSTANCES
export DJAKARTA_STATIC_ROOT="$TMP/static"
export DJAKARTA_ACCESS_LOG=json
export DJAKARTA_BLOG_AUTO_MIGRATE=false DJAKARTA_BLOG_DEMO_CONTENT=false
manage() {   # a management command: its output here, its log (stderr) in $TMP/manage.log, shown when it fails
    java -Xmx256m -jar "$JAR" "$@" 2>>"$TMP/manage.log" || { say "'$1' failed:"; tail -n 40 "$TMP/manage.log"; return 1; }
}

say "== check --deploy (INSTANCES=$INSTANCES: no shared-nothing warnings expected)"
manage check --deploy > "$TMP/check.log" || { cat "$TMP/check.log"; exit 1; }
cat "$TMP/check.log"
if grep -q 'djakarta.W10[0-9]' "$TMP/check.log"; then say "check --deploy found per-process state"; exit 1; fi

say "== migrate, load the demo content, create the test superuser, collectstatic (once, before the instances start)"
manage migrate
manage loaddata blog_demo
ADMIN_USER=scaleout
ADMIN_PASSWORD="$(random_hex 12)"   # this run's only: the product has no default password
DJAKARTA_SUPERUSER_PASSWORD="$ADMIN_PASSWORD" manage createsuperuser --noinput --username "$ADMIN_USER" --email scaleout@example.com
manage collectstatic --noinput

say "== Starting $INSTANCES instances"
UPSTREAMS=""
INSTANCE_LIST=""
for i in $(seq 0 $((INSTANCES - 1))); do
    port="${PORTS[$i]}"
    java -Xmx256m -jar "$JAR" runserver "127.0.0.1:$port" --noreload > "$TMP/instance-$((i + 1)).log" 2>&1 &
    PIDS+=("$!")
    disown "$!"   # the test kills one on purpose: no "Killed" notice from bash
    UPSTREAMS+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
    INSTANCE_LIST+="${INSTANCE_LIST:+,}127.0.0.1:$port=$!"
done
for i in $(seq 0 $((INSTANCES - 1))); do
    port="${PORTS[$i]}"
    for t in $(seq 1 240); do
        if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then say "instance $((i + 1)) exited"; exit 1; fi
        if [ "$(http_status "$port" /readyz)" = 200 ]; then break; fi
        [ "$t" = 240 ] && { say "instance $((i + 1)) on port $port was not ready after 120 s"; exit 1; }
        sleep 0.5
    done
    say "  instance $((i + 1)): pid ${PIDS[$i]}, http://127.0.0.1:$port/ ready"
done

say "== nginx on http://127.0.0.1:$NGINX_PORT/ (round-robin, prefix $TMP/nginx)"
mkdir -p "$TMP/nginx/temp"
chmod 777 "$TMP/nginx/temp"
cat > "$TMP/nginx/nginx.conf" <<EOF
# Written by deploy/scaleout/run.sh for one run.
worker_processes 1;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 512; }
http {
    types { text/html html; text/css css; application/javascript js; image/svg+xml svg; image/png png; application/json json; }
    default_type application/octet-stream;
    log_format scaleout '\$msec \$status "\$upstream_addr" "\$upstream_status" \$request_time "\$request"';
    access_log $TMP/nginx/access.log scaleout;
    client_body_temp_path $TMP/nginx/temp/body;
    proxy_temp_path $TMP/nginx/temp/proxy;
    fastcgi_temp_path $TMP/nginx/temp/fastcgi;
    uwsgi_temp_path $TMP/nginx/temp/uwsgi;
    scgi_temp_path $TMP/nginx/temp/scgi;

    upstream djakarta {
$UPSTREAMS    }

    server {
        listen 127.0.0.1:$NGINX_PORT;

        # collectstatic's output, served by nginx; the hashed names never change
        location /static/ {
            alias $TMP/static/;
            expires max;
            add_header Cache-Control "public, immutable";
        }

        location / {
            proxy_pass http://djakarta;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # a dead or failing instance: try the next one (POSTs only when they never reached the dead one)
            proxy_next_upstream error timeout http_502 http_503 http_504;
            proxy_next_upstream_tries 3;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
            # which instance answered ("a, b" when nginx tried a, then b): the test's proof of round-robin and failover
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
"$NGINX" -t -q -p "$TMP/nginx" -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf"
"$NGINX" -p "$TMP/nginx" -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf" &
NGINX_PID=$!
disown "$NGINX_PID"
for t in $(seq 1 50); do reachable 127.0.0.1 "$NGINX_PORT" && break; sleep 0.2; done
reachable 127.0.0.1 "$NGINX_PORT" || { say "nginx did not start"; exit 1; }

SCALEOUT_BASE="http://127.0.0.1:$NGINX_PORT" SCALEOUT_RUN_ID="$RUN_ID" SCALEOUT_USER="$ADMIN_USER" \
SCALEOUT_PASSWORD="$ADMIN_PASSWORD" SCALEOUT_DB="$DB" SCALEOUT_INSTANCES="$INSTANCE_LIST" SCALEOUT_WRK="$WRK" \
SCALEOUT_NGINX_LOG="$TMP/nginx/access.log" "${DRIVER[@]}" scenario
STATUS=0
