#!/usr/bin/env bash
# End-to-end test of the Docker production path: builds the image, brings the
# docker-compose stack up with two workers and drives it over HTTP on loopback
# (tests/compose/drive.py): seed article, a batch of 50 articles, a Redis
# restart with queued jobs, a worker killed mid-job, then a clean stop.
#
# Usage: tests/compose/compose_test.sh [prepare]
#   prepare   only install the tools, start the engine and build the base images
#
# Needs root (it installs docker.io, docker-compose and debootstrap with apt-get
# when they are missing and starts dockerd when no engine answers; a dockerd it
# started is stopped again at the end). No image registry is needed: the
# python:3.11-slim stand-in is built with debootstrap, Redis from Debian's
# package on top of it.
#
# Environment (all optional):
#   PYTHON_IMAGE            base image for the build   (default: local stand-in, built if absent)
#   REDIS_IMAGE             Redis image for the stack  (default: local image, built if absent)
#   QUOTEWIRE_IMAGE         tag of the image under test (default quotewire:compose-test)
#   COMPOSE_TEST_WORKERS    worker containers          (default 2)
#   COMPOSE_TEST_EXPECTED_QUOTES  direct/mixed quotes the seed must give (default 8)
#   COMPOSE_TEST_LOGDIR     where logs are kept        (default var/compose-test)
#   COMPOSE_TEST_COMPOSE    the compose command (default docker-compose; e.g. "docker compose")
#   COMPOSE_TEST_NO_BUILD=1 test the existing QUOTEWIRE_IMAGE instead of building it
#   COMPOSE_TEST_KEEP=1     leave the stack running at the end (debugging)
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

STANDIN_PYTHON=quotewire-base/python:3.11-slim-local
STANDIN_REDIS=quotewire-base/redis:7-local
PYTHON_IMAGE=${PYTHON_IMAGE:-$STANDIN_PYTHON}
REDIS_IMAGE=${REDIS_IMAGE:-$STANDIN_REDIS}
QUOTEWIRE_IMAGE=${QUOTEWIRE_IMAGE:-quotewire:compose-test}
WORKERS=${COMPOSE_TEST_WORKERS:-2}
LOGDIR=${COMPOSE_TEST_LOGDIR:-$ROOT/var/compose-test}
PROJECT=qwct$$
# Short limits so the worker-kill step is quick, with room for a 30,000-character article on a
# busy machine (about 8 s alone on 2 cores).
VISIBILITY=50 SOFT_LIMIT=40 HARD_LIMIT=45
read -r -a COMPOSE <<<"${COMPOSE_TEST_COMPOSE:-docker-compose}"
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0

mkdir -p "$LOGDIR"
WORK=$(mktemp -d)
T0=$(date +%s.%N)
DOCKERD_PID=
STACK_UP=

elapsed() { awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}'; }
say() { printf '[%6ss] %s\n' "$(elapsed)" "$*"; }
die() { say "FAIL: $*"; exit 1; }
# step NAME CMD...: run a step, print its duration
step() {
    local name=$1 s e
    shift
    s=$(date +%s.%N)
    say "-- $name"
    "$@"
    e=$(date +%s.%N)
    say "   $name done in $(awk -v a="$s" -v b="$e" 'BEGIN{printf "%.1f", b-a}')s"
}

ensure_tools() {
    local missing=()
    command -v docker >/dev/null || missing+=(docker.io)
    command -v dockerd >/dev/null || missing+=(docker.io)
    if [[ ${COMPOSE[0]} == docker-compose ]]; then
        command -v docker-compose >/dev/null || missing+=(docker-compose)
    fi
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    if ((${#missing[@]})); then
        say "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >"$LOGDIR/apt.log" 2>&1
        apt-get install -y -qq "${missing[@]}" >>"$LOGDIR/apt.log" 2>&1 \
            || { tail -20 "$LOGDIR/apt.log"; die "apt-get install failed"; }
    fi
    say "compose: $("${COMPOSE[@]}" version 2>/dev/null | head -1)"
}

ensure_engine() {
    if docker info >/dev/null 2>&1; then
        say "using the running Docker engine"
        return
    fi
    say "starting dockerd (log: $LOGDIR/dockerd.log)"
    dockerd >"$LOGDIR/dockerd.log" 2>&1 &
    DOCKERD_PID=$!
    for _ in $(seq 1 60); do
        docker info >/dev/null 2>&1 && return
        kill -0 "$DOCKERD_PID" 2>/dev/null || { tail -20 "$LOGDIR/dockerd.log"; die "dockerd exited"; }
        sleep 1
    done
    die "dockerd did not answer within 60 s"
}

# The python:3.11-slim stand-in: Debian bookworm (Python 3.11) from the mirror
# this machine uses, plus this machine's CA bundle and PIP_CERT so that pip
# inside builds trusts the same certificates as the host. Built once, kept by name.
build_standin_python() {
    if docker image inspect "$STANDIN_PYTHON" >/dev/null 2>&1; then
        say "$STANDIN_PYTHON present"
        return
    fi
    local rootfs=$WORK/rootfs sources=/etc/apt/sources.list.d/debian.sources mirror
    mirror=$(awk '/^URIs:/{print $2; exit}' "$sources" 2>/dev/null || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    say "debootstrap bookworm from $mirror"
    nice -n 10 debootstrap --variant=minbase \
        --include=python3,python3-venv,python3-pip,ca-certificates \
        bookworm "$rootfs" "$mirror" >"$LOGDIR/debootstrap.log" 2>&1 \
        || { tail -20 "$LOGDIR/debootstrap.log"; die "debootstrap failed"; }
    if [[ -f $sources ]]; then
        cp "$sources" "$rootfs/etc/apt/sources.list.d/debian.sources"
        rm -f "$rootfs/etc/apt/sources.list"
    fi
    local change=(--change 'ENV LANG=C.UTF-8' --change 'CMD ["python3"]')
    if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
        cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
        change+=(--change 'ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt')
    fi
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/tmp/*
    tar -C "$rootfs" -c . | docker import "${change[@]}" - "$STANDIN_PYTHON" >/dev/null
    rm -rf "$rootfs"
    say "$STANDIN_PYTHON built"
}

build_standin_redis() {
    if docker image inspect "$REDIS_IMAGE" >/dev/null 2>&1; then
        say "$REDIS_IMAGE present"
        return
    fi
    [[ $REDIS_IMAGE == "$STANDIN_REDIS" ]] || die "REDIS_IMAGE $REDIS_IMAGE not present"
    build_standin_python
    nice -n 10 docker build -q --build-arg "BASE_IMAGE=$STANDIN_PYTHON" \
        -t "$STANDIN_REDIS" "$HERE/redis" >"$LOGDIR/redis-build.log" 2>&1 \
        || { tail -30 "$LOGDIR/redis-build.log"; die "building $STANDIN_REDIS failed"; }
    say "$STANDIN_REDIS built"
}

prepare() {
    step "tools" ensure_tools
    step "engine" ensure_engine
    if [[ $PYTHON_IMAGE == "$STANDIN_PYTHON" ]]; then
        step "base image" build_standin_python
    fi
    step "redis image" build_standin_redis
}

build_image() {
    nice -n 10 docker build --build-arg "PYTHON_IMAGE=$PYTHON_IMAGE" \
        -t "$QUOTEWIRE_IMAGE" "$ROOT" >"$LOGDIR/build.log" 2>&1 \
        || { tail -40 "$LOGDIR/build.log"; die "docker build failed (log: $LOGDIR/build.log)"; }
    local size
    size=$(docker image inspect -f '{{.Size}}' "$QUOTEWIRE_IMAGE")
    say "image $QUOTEWIRE_IMAGE: $(awk -v s="$size" 'BEGIN{printf "%.0f MB", s/1e6}') ($size bytes)"
    echo "$size" >"$LOGDIR/image-size"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

dc() {
    "${COMPOSE[@]}" --env-file "$WORK/compose.env" -p "$PROJECT" -f "$ROOT/docker-compose.yml" "$@"
}

write_env() {
    API_PORT=$(free_port)
    FLOWER_PORT=$(free_port)
    cat >"$WORK/compose.env" <<EOF
QUOTEWIRE_IMAGE=$QUOTEWIRE_IMAGE
PYTHON_IMAGE=$PYTHON_IMAGE
REDIS_IMAGE=$REDIS_IMAGE
QUOTEWIRE_PORT=$API_PORT
FLOWER_PORT=$FLOWER_PORT
QUOTEWIRE_WORKERS=1
QUOTEWIRE_API_WORKERS=2
QUOTEWIRE_MAX_BYTES=2000000
QUOTEWIRE_VISIBILITY_TIMEOUT=$VISIBILITY
QUOTEWIRE_TASK_SOFT_TIME_LIMIT=$SOFT_LIMIT
QUOTEWIRE_TASK_TIME_LIMIT=$HARD_LIMIT
FLOWER_UNAUTHENTICATED_API=true
EOF
}

compose_up() {
    dc config -q || die "docker-compose config failed"
    STACK_UP=1
    if ! dc up -d --no-build --scale "worker=$WORKERS" >"$LOGDIR/up.log" 2>&1; then
        cat "$LOGDIR/up.log"
        dc ps || true
        die "docker-compose up failed"
    fi
    dc ps
}

drive() {
    COMPOSE_TEST_T0=$T0 COMPOSE_TEST_API="http://127.0.0.1:$API_PORT" \
        COMPOSE_TEST_FLOWER="http://127.0.0.1:$FLOWER_PORT" \
        COMPOSE_TEST_DC="$(printf '%q ' "${COMPOSE[@]}" --env-file "$WORK/compose.env" -p "$PROJECT" -f "$ROOT/docker-compose.yml")" \
        COMPOSE_TEST_ROOT="$ROOT" COMPOSE_TEST_WORKERS="$WORKERS" \
        COMPOSE_TEST_VISIBILITY=$VISIBILITY COMPOSE_TEST_HARD_LIMIT=$HARD_LIMIT \
        python3 "$HERE/drive.py"
}

# Stop the stack with SIGTERM and check that every container stopped by itself
# within its grace period (exit code 137 means it had to be killed).
clean_stop() {
    local killed_by_test
    killed_by_test=$(cat "$WORK/killed" 2>/dev/null || true)
    local ids running_workers
    ids=$(dc ps -q)
    running_workers=$(dc ps -q worker | xargs -r docker inspect -f '{{.State.Running}}' | grep -c true || true)
    dc stop >"$LOGDIR/stop.log" 2>&1 || { cat "$LOGDIR/stop.log"; die "docker-compose stop failed"; }
    dc logs --no-color >"$LOGDIR/compose.log" 2>&1 || true
    local bad=0 id name code
    for id in $ids; do
        name=$(docker inspect -f '{{.Name}}' "$id")
        code=$(docker inspect -f '{{.State.ExitCode}}' "$id")
        if [[ -n $killed_by_test && $id == "$killed_by_test"* ]]; then
            say "   ${name#/}: exit $code (killed by the test)"
            continue
        fi
        say "   ${name#/}: exit $code"
        [[ $code == 137 ]] && bad=1
    done
    local warm
    warm=$(grep -c 'Warm shutdown' "$LOGDIR/compose.log" || true)
    say "   Celery warm shutdowns logged: $warm (running workers: $running_workers)"
    ((bad == 0)) || die "a container had to be killed on stop"
    ((warm >= running_workers)) || die "not every running worker logged a Celery warm shutdown"
}

teardown() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    if [[ -n $STACK_UP ]]; then
        if ((rc != 0)); then
            dc logs --no-color >"$LOGDIR/compose.log" 2>&1
            say "stack logs (last 60 lines of $LOGDIR/compose.log):"
            tail -60 "$LOGDIR/compose.log"
        fi
        if [[ ${COMPOSE_TEST_KEEP:-} == 1 ]]; then
            say "COMPOSE_TEST_KEEP=1: leaving project $PROJECT up (env file $WORK/compose.env)"
            WORK=
        else
            say "-- teardown: docker-compose down -v"
            dc down -v --remove-orphans -t 20 >>"$LOGDIR/down.log" 2>&1 || say "down failed, see $LOGDIR/down.log"
        fi
    fi
    if [[ -n $DOCKERD_PID ]]; then
        say "stopping the dockerd this script started (pid $DOCKERD_PID)"
        kill "$DOCKERD_PID" 2>/dev/null
        wait "$DOCKERD_PID" 2>/dev/null
    fi
    [[ -n $WORK ]] && rm -rf "$WORK"
    if [[ $MODE == prepare ]]; then
        ((rc == 0)) && say "prepared" || say "prepare FAILED (rc $rc)"
    elif ((rc == 0)); then
        say "compose test: PASSED"
        echo "1 passed, 0 failed"
    else
        say "compose test: FAILED (rc $rc, logs in $LOGDIR)"
        echo "0 passed, 1 failed"
    fi
    exit "$rc"
}
trap teardown EXIT
trap 'exit 130' INT TERM

MODE=${1:-test}
prepare
[[ $MODE == prepare ]] && exit 0
if [[ ${COMPOSE_TEST_NO_BUILD:-} == 1 ]]; then
    docker image inspect "$QUOTEWIRE_IMAGE" >/dev/null || die "$QUOTEWIRE_IMAGE not present"
    say "COMPOSE_TEST_NO_BUILD=1: using the existing $QUOTEWIRE_IMAGE"
else
    step "build image" build_image
fi
write_env
step "compose up (--scale worker=$WORKERS)" compose_up
export WORK
step "drive (steps 1-4)" drive
step "stop (SIGTERM, grace periods)" clean_stop
