#!/usr/bin/env bash
# Start a real single-node Apache Kafka broker (KRaft, broker+controller in one
# JVM) for local development and integration tests. No Docker needed: the
# broker jars come from Maven Central (see pom.xml beside this file) and are
# cached outside git.
#
# stdout: exactly one line, "KAFKA_BROKERS=127.0.0.1:<port>", once the broker
#         answers. Every other message goes to stderr.
# Idempotent: if a broker from the same state dir is already running and
# answering, it just prints that line again and exits 0.
#
# Environment (all optional):
#   KAFKA_PORT                   PLAINTEXT listener on 127.0.0.1 (default 19092)
#   KAFKA_CONTROLLER_PORT        KRaft controller listener on 127.0.0.1
#                                (default KAFKA_PORT + 1, i.e. 19093)
#   KAFKA_STATE_DIR              data, logs, pid file (default <repo>/.data/kafka)
#   KAFKA_CACHE_DIR              jar cache (default
#                                ${XDG_CACHE_HOME:-$HOME/.cache}/rehab-orchestrator/kafka-<version>)
#   KAFKA_START_TIMEOUT_SECONDS  how long to wait for readiness (default 120)
#   JAVA_HOME                    use $JAVA_HOME/bin/java instead of java on PATH
set -euo pipefail

log() { printf '[kafka:start] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"
POM="$SCRIPT_DIR/pom.xml"

KAFKA_VERSION="$(sed -n 's:.*<kafka\.version>\(.*\)</kafka\.version>.*:\1:p' "$POM" | head -n1)"
[[ -n "$KAFKA_VERSION" ]] || die "could not read <kafka.version> from $POM"

KAFKA_PORT="${KAFKA_PORT:-19092}"
[[ "$KAFKA_PORT" =~ ^[0-9]+$ ]] || die "KAFKA_PORT must be a number, got '$KAFKA_PORT'"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_START_TIMEOUT_SECONDS="${KAFKA_START_TIMEOUT_SECONDS:-120}"
for v in KAFKA_CONTROLLER_PORT KAFKA_START_TIMEOUT_SECONDS; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "$v must be a number, got '${!v}'"
done
for v in KAFKA_PORT KAFKA_CONTROLLER_PORT; do
  (( ${!v} >= 1 && ${!v} <= 65535 )) || die "$v must be a TCP port (1-65535), got '${!v}'"
done
[[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"

CACHE_DIR="${KAFKA_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rehab-orchestrator/kafka-$KAFKA_VERSION}"
LIB_DIR="$CACHE_DIR/lib"
LIB_MARKER="$LIB_DIR/.complete"

STATE_DIR="${KAFKA_STATE_DIR:-$REPO_ROOT/.data/kafka}"
mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd -P)"
DATA_DIR="$STATE_DIR/data"
LOG_DIR="$STATE_DIR/logs"
CONF_DIR="$STATE_DIR/config"
PID_FILE="$STATE_DIR/kafka.pid"
ADDR_FILE="$STATE_DIR/brokers"         # address of the running broker
CLUSTER_ID_FILE="$STATE_DIR/cluster.id"
SERVER_PROPS="$CONF_DIR/server.properties"
LOG4J_PROPS="$CONF_DIR/log4j.properties"
SERVER_LOG="$LOG_DIR/server.log"
JVM_OUT="$LOG_DIR/kafka.out"           # JVM stdout/stderr (crashes, GC warnings)
# stop.sh --clean only deletes a directory that carries this marker.
touch "$STATE_DIR/.rehab-kafka-state"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java || true)"; fi
[[ -n "$JAVA" ]] || die "java not found (Java 17 is expected)"
command -v node >/dev/null || die "node not found"

WAIT_READY=(node "$SCRIPT_DIR/wait-ready.cjs")

# One start.sh per state dir at a time. The lock fd is closed for the broker
# itself (9>&- below), so it is released when this script exits.
if command -v flock >/dev/null; then
  exec 9>"$STATE_DIR/.start.lock"
  flock -w "$((KAFKA_START_TIMEOUT_SECONDS + 60))" 9 || die "another start.sh holds $STATE_DIR/.start.lock"
fi

is_our_broker() { # pid -> 0 if it is a kafka.Kafka JVM using this state dir's config
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 0   # no procfs: trust kill -0
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "kafka.Kafka $SERVER_PROPS"
}

print_tail() {
  local f
  for f in "$SERVER_LOG" "$JVM_OUT"; do
    [[ -s "$f" ]] || continue
    log "---- last lines of $f ----"
    tail -n 40 "$f" >&2 || true
  done
}

# ---------------------------------------------------------------- idempotency
if [[ -f "$PID_FILE" ]]; then
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  if is_our_broker "$pid"; then
    running_addr="$(cat "$ADDR_FILE" 2>/dev/null || echo "127.0.0.1:$KAFKA_PORT")"
    if [[ "$running_addr" != "127.0.0.1:$KAFKA_PORT" ]]; then
      log "note: the broker of $STATE_DIR is already running on $running_addr (KAFKA_PORT=$KAFKA_PORT ignored; stop it first to change ports)"
    fi
    log "broker already running (pid $pid), checking it answers on $running_addr"
    if KAFKA_BROKER_PID="$pid" "${WAIT_READY[@]}" "$running_addr" "$KAFKA_START_TIMEOUT_SECONDS"; then
      echo "KAFKA_BROKERS=$running_addr"
      exit 0
    fi
    print_tail
    die "broker pid $pid is running but did not answer on $running_addr; run infra/kafka/stop.sh and retry"
  fi
  log "removing stale pid file (pid '${pid:-}' is not running)"
  rm -f "$PID_FILE" "$ADDR_FILE"
fi

port_in_use() { # port -> 0 if something listens on 127.0.0.1:port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
  if port_in_use "$p"; then
    die "port $p on 127.0.0.1 is already in use by another process; set KAFKA_PORT / KAFKA_CONTROLLER_PORT to free ports"
  fi
done

# ---------------------------------------------------------------- jars
pom_sum="$(sha256sum "$POM" | cut -d' ' -f1)"
lib_complete() {
  [[ -f "$LIB_MARKER" && "$(cat "$LIB_MARKER")" == "$pom_sum" \
     && -f "$LIB_DIR/kafka_2.13-$KAFKA_VERSION.jar" ]] && compgen -G "$LIB_DIR/slf4j-reload4j-*.jar" >/dev/null
}
if ! lib_complete; then
  command -v mvn >/dev/null || die "mvn not found; it is needed once to fetch the Kafka $KAFKA_VERSION jars into $LIB_DIR"
  mkdir -p "$CACHE_DIR"
  (
    # Serialise fetches into the same cache (two state dirs starting at once).
    if command -v flock >/dev/null; then exec 8>"$CACHE_DIR/.fetch.lock"; flock -w 900 8; fi
    lib_complete && exit 0
    log "fetching Kafka $KAFKA_VERSION jars with Maven into $LIB_DIR (one-time)"
    t0=$SECONDS
    tmp="$CACHE_DIR/lib.tmp.$$"
    rm -rf "$tmp"
    # -B -q: batch mode, errors only. Maven's output is kept and shown only on
    # failure (on success it is just a few stray ANSI resets).
    mvn_log="$CACHE_DIR/mvn.log"
    if ! mvn -B -q -f "$POM" dependency:copy-dependencies -DoutputDirectory="$tmp" >"$mvn_log" 2>&1; then
      cat "$mvn_log" >&2
      rm -rf "$tmp"
      exit 1
    fi
    rm -rf "$LIB_DIR"
    mv "$tmp" "$LIB_DIR"
    printf '%s\n' "$pom_sum" >"$LIB_MARKER"
    log "fetched $(find "$LIB_DIR" -name '*.jar' | wc -l) jars in $((SECONDS - t0)) s"
  ) || die "Maven could not fetch the Kafka jars"
  lib_complete || die "jar cache $LIB_DIR is incomplete after fetching"
fi
CLASSPATH_ARG="$LIB_DIR/*"

# ---------------------------------------------------------------- config
mkdir -p "$DATA_DIR" "$LOG_DIR" "$CONF_DIR"

cat >"$SERVER_PROPS" <<EOF
# Generated by infra/kafka/start.sh on every start; edits are overwritten.
# Single-node KRaft: this process is both broker and controller.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA_DIR

# Topics are created explicitly (admin.createTopics), never by a stray produce.
auto.create.topics.enable=false
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1

# Tests: no delay before the first consumer-group rebalance.
group.initial.rebalance.delay.ms=0
EOF

cat >"$LOG4J_PROPS" <<EOF
# Generated by infra/kafka/start.sh. The broker logs to files in the state
# dir, never to the terminal.
log4j.rootLogger=INFO, serverFile

log4j.appender.serverFile=org.apache.log4j.RollingFileAppender
log4j.appender.serverFile.File=$SERVER_LOG
log4j.appender.serverFile.MaxFileSize=20MB
log4j.appender.serverFile.MaxBackupIndex=3
log4j.appender.serverFile.layout=org.apache.log4j.PatternLayout
log4j.appender.serverFile.layout.ConversionPattern=[%d] %p %m (%c)%n

log4j.appender.stateChangeFile=org.apache.log4j.RollingFileAppender
log4j.appender.stateChangeFile.File=$LOG_DIR/state-change.log
log4j.appender.stateChangeFile.MaxFileSize=20MB
log4j.appender.stateChangeFile.MaxBackupIndex=1
log4j.appender.stateChangeFile.layout=org.apache.log4j.PatternLayout
log4j.appender.stateChangeFile.layout.ConversionPattern=[%d] %p %m (%c)%n

log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=INFO
log4j.logger.kafka.request.logger=WARN
log4j.logger.kafka.network.RequestChannel\$=WARN
log4j.logger.state.change.logger=INFO, stateChangeFile
log4j.additivity.state.change.logger=false
EOF

JAVA_OPTS=(-Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$LOG4J_PROPS" "-Dkafka.logs.dir=$LOG_DIR")

# ---------------------------------------------------------------- format
if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
  new_id="$("$JAVA" "${JAVA_OPTS[@]}" -cp "$CLASSPATH_ARG" kafka.tools.StorageTool random-uuid 2>>"$JVM_OUT")" \
    || { print_tail; die "StorageTool random-uuid failed"; }
  new_id="$(tr -d '[:space:]' <<<"$new_id")"
  [[ -n "$new_id" ]] || { print_tail; die "StorageTool random-uuid produced no cluster id"; }
  printf '%s\n' "$new_id" >"$CLUSTER_ID_FILE"
fi
CLUSTER_ID="$(cat "$CLUSTER_ID_FILE")"
# --ignore-formatted: a no-op when data/ is already formatted (restarts).
if ! "$JAVA" "${JAVA_OPTS[@]}" -cp "$CLASSPATH_ARG" kafka.tools.StorageTool \
      format -t "$CLUSTER_ID" -c "$SERVER_PROPS" --ignore-formatted >>"$JVM_OUT" 2>&1; then
  print_tail
  die "formatting storage in $DATA_DIR failed"
fi

# ---------------------------------------------------------------- launch
log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (controller :$KAFKA_CONTROLLER_PORT), state in $STATE_DIR"
printf '\n==== %s start ====\n' "$(date -u +%FT%TZ)" >>"$JVM_OUT"
# setsid + nohup: the broker outlives this script and its terminal. The inner
# shell writes its own pid (= the JVM's, thanks to exec) to the pid file. All
# three std streams are detached so that a caller reading our stdout (e.g.
# $(infra/kafka/start.sh)) is not kept waiting by the broker.
# shellcheck disable=SC2016 # $$ and $0 belong to the inner shell
setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
  "$JAVA" "${JAVA_OPTS[@]}" -cp "$CLASSPATH_ARG" kafka.Kafka "$SERVER_PROPS" \
  </dev/null >>"$JVM_OUT" 2>&1 9>&- &
launcher=$!

# Wait for the pid file (written by the child before exec).
for _ in $(seq 1 100); do [[ -s "$PID_FILE" ]] && break; sleep 0.05; done
[[ -s "$PID_FILE" ]] || die "broker process did not start (see $JVM_OUT)"
pid="$(cat "$PID_FILE")"
[[ "$pid" == "$launcher" ]] || log "note: broker pid $pid (launcher $launcher)"
echo "127.0.0.1:$KAFKA_PORT" >"$ADDR_FILE"

# ---------------------------------------------------------------- readiness
if ! KAFKA_BROKER_PID="$pid" "${WAIT_READY[@]}" "127.0.0.1:$KAFKA_PORT" "$KAFKA_START_TIMEOUT_SECONDS"; then
  print_tail
  if kill -0 "$pid" 2>/dev/null; then
    log "broker (pid $pid) is still running; stop it with infra/kafka/stop.sh"
  else
    rm -f "$PID_FILE" "$ADDR_FILE"
  fi
  die "Kafka did not become ready on 127.0.0.1:$KAFKA_PORT (logs: $LOG_DIR)"
fi

log "ready (pid $pid, logs in $LOG_DIR)"
echo "KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT"
