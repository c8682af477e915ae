#!/usr/bin/env bash
# Starts (or stops) the Docker engine and a local image registry that the Docker tests use.
#   bash .ci/docker.sh start   install docker.io, docker-registry, busybox-static when missing,
#                              start dockerd and a registry on 127.0.0.1:5000, wait until both answer
#   bash .ci/docker.sh stop    stop exactly the processes that `start` started
# Run as root, non-interactive, idempotent: a second `start` reuses what is already running,
# and an engine or registry that someone else started is used but never stopped.
# State (pid files, logs, data) lives in $COMPAT_DOCKER_DIR (default /tmp/compat-docker).
set -euo pipefail

STATE_DIR="${COMPAT_DOCKER_DIR:-/tmp/compat-docker}"
REGISTRY_ADDR=127.0.0.1:5000
DOCKERD_PID="$STATE_DIR/dockerd.pid"
REGISTRY_PID="$STATE_DIR/registry.pid"
WAIT_SECONDS="${COMPAT_DOCKER_WAIT:-60}"

log() { echo "docker.sh: $*" >&2; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

install_missing() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  # The test images need a static busybox: the dynamic one of package busybox has no libc inside an image.
  dpkg -s busybox-static >/dev/null 2>&1 || missing+=(busybox-static)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The packages' own service scripts cannot start here (no init system); we start the daemons below.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

engine_answers() { timeout 10 docker info >/dev/null 2>&1; }

# dockerd dies at once when the storage driver does not work on this filesystem; then we retry with vfs.
start_dockerd() {
  local driver_args=("$@")
  # Bridge networking and iptables need privileges a sandbox may lack; the tests use --network none.
  dockerd --iptables=false --bridge=none \
    --data-root "$STATE_DIR/data" --exec-root "$STATE_DIR/exec" \
    --pidfile "$STATE_DIR/dockerd.own.pid" "${driver_args[@]}" \
    >"$STATE_DIR/dockerd.log" 2>&1 </dev/null &
  echo $! >"$DOCKERD_PID"
  local i
  for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
    engine_answers && return 0
    alive "$DOCKERD_PID" || return 1
    sleep 0.5
  done
  log "dockerd did not answer within ${WAIT_SECONDS}s; last log lines:"
  tail -n 20 "$STATE_DIR/dockerd.log" >&2
  exit 1
}

start_engine() {
  if alive "$DOCKERD_PID" || engine_answers; then
    log "Docker engine already running"
    return 0
  fi
  if ! start_dockerd; then
    log "dockerd exited with the default storage driver; retrying with vfs"
    tail -n 5 "$STATE_DIR/dockerd.log" >&2
    start_dockerd --storage-driver=vfs || {
      log "dockerd failed; last log lines:"
      tail -n 20 "$STATE_DIR/dockerd.log" >&2
      exit 1
    }
  fi
  log "Docker engine up (pid $(cat "$DOCKERD_PID"), log $STATE_DIR/dockerd.log)"
}

registry_answers() { curl -fsS -o /dev/null --max-time 5 "http://$REGISTRY_ADDR/v2/" 2>/dev/null; }

start_registry() {
  if alive "$REGISTRY_PID" || registry_answers; then
    log "registry already answering on $REGISTRY_ADDR"
    return 0
  fi
  mkdir -p "$STATE_DIR/registry-data"
  # Our own config: the packaged one listens on all interfaces and asks for htpasswd auth.
  cat >"$STATE_DIR/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $STATE_DIR/registry-data
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
EOF
  docker-registry serve "$STATE_DIR/registry.yml" >"$STATE_DIR/registry.log" 2>&1 </dev/null &
  echo $! >"$REGISTRY_PID"
  local i
  for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
    registry_answers && { log "registry up on $REGISTRY_ADDR (pid $(cat "$REGISTRY_PID"))"; return 0; }
    alive "$REGISTRY_PID" || break
    sleep 0.5
  done
  log "registry did not answer on $REGISTRY_ADDR; last log lines:"
  tail -n 20 "$STATE_DIR/registry.log" >&2
  exit 1
}

# Kills one process we started, by the pid we saved, and waits (bounded) for it to exit.
stop_pid() {
  local file="$1" name="$2" pid i
  alive "$file" || { rm -f "$file"; return 0; }
  pid="$(cat "$file")"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name (pid $pid) did not stop; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
  log "stopped $name (pid $pid)"
}

case "${1:-}" in
  start)
    [ "$(id -u)" -eq 0 ] || { log "must run as root"; exit 1; }
    mkdir -p "$STATE_DIR"
    install_missing
    start_engine
    start_registry
    ;;
  stop)
    stop_pid "$REGISTRY_PID" registry
    stop_pid "$DOCKERD_PID" dockerd
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
