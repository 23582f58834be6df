#!/usr/bin/env bash
# Stop the broker started by infra/kafka/start.sh for this state dir.
#
#   infra/kafka/stop.sh           SIGTERM, wait until gone (then SIGKILL), remove pid file
#   infra/kafka/stop.sh --clean   the same, then delete the state dir (topics, offsets, logs)
#
# Exits 0 when nothing was running. The jar cache is never touched.
#
# Environment (all optional):
#   KAFKA_STATE_DIR             the state dir given to start.sh (default <repo>/.data/kafka)
#   KAFKA_STOP_TIMEOUT_SECONDS  how long to wait after SIGTERM before SIGKILL (default 30)
set -euo pipefail

log() { printf '[kafka:stop] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

clean=0
for arg in "$@"; do
  case "$arg" in
    --clean) clean=1 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $arg (only --clean)" ;;
  esac
done

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"
STATE_DIR="${KAFKA_STATE_DIR:-$REPO_ROOT/.data/kafka}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT_SECONDS:-30}"
[[ "$STOP_TIMEOUT" =~ ^[0-9]+$ ]] || die "KAFKA_STOP_TIMEOUT_SECONDS must be a number"

if [[ ! -d "$STATE_DIR" ]]; then
  log "nothing to stop: no state dir $STATE_DIR"
  exit 0
fi
STATE_DIR="$(cd "$STATE_DIR" && pwd -P)"
PID_FILE="$STATE_DIR/kafka.pid"
SERVER_PROPS="$STATE_DIR/config/server.properties"

alive() { # pid -> 0 while the process exists and is not a zombie
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)"
  [[ "$state" != "Z" ]]
}

is_our_broker() { # pid -> 0 if it is the kafka.Kafka JVM of this state dir
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "kafka.Kafka $SERVER_PROPS"
}

pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if [[ -n "$pid" ]] && is_our_broker "$pid"; then
  log "stopping broker pid $pid (SIGTERM, up to ${STOP_TIMEOUT} s)"
  kill -TERM "$pid" 2>/dev/null || true
  t0=$SECONDS
  while alive "$pid" && (( SECONDS - t0 < STOP_TIMEOUT )); do
    sleep 0.2
  done
  if alive "$pid"; then
    log "still running after ${STOP_TIMEOUT} s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while alive "$pid"; do sleep 0.1; done
  fi
  log "stopped in $((SECONDS - t0)) s"
elif [[ -n "$pid" ]]; then
  log "pid file names $pid, which is not this state dir's broker (already stopped)"
else
  log "no broker running for $STATE_DIR"
fi
rm -f "$PID_FILE" "$STATE_DIR/brokers"

if (( clean )); then
  # Only delete a directory that start.sh created (guards against a
  # KAFKA_STATE_DIR that points somewhere precious).
  if [[ -f "$STATE_DIR/.rehab-kafka-state" ]]; then
    rm -rf -- "$STATE_DIR"
    log "deleted state dir $STATE_DIR"
    # Default location: also drop <repo>/.data if that left it empty.
    if [[ -z "${KAFKA_STATE_DIR:-}" ]]; then rmdir -- "$REPO_ROOT/.data" 2>/dev/null || true; fi
  else
    die "refusing to delete $STATE_DIR: it has no .rehab-kafka-state marker (not created by start.sh)"
  fi
fi
