#!/usr/bin/env bash
# The multi-node fault test (issue 14): 3 Kafka brokers (KRaft), a PostgreSQL server, two
# deadline-service and two alerting-service instances, each a process of its own; a load of N item
# events during which one instance of each service, the leader of the busiest partition and
# PostgreSQL are killed and started again; then a table of what arrived where. Exits 0 only if
# nothing was lost and nothing doubled. See infra/cluster/README.md.
#
#   infra/cluster/run.sh [--events N] [--rate EVENTS_PER_S] [--no-build] [--keep]
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
EVENTS=200000
RATE=
BUILD=1
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
# the load is spread over about 150 s, so that every fault lands while events are still coming in
RATE=${RATE:-$(( EVENTS / 150 > 50 ? EVENTS / 150 : 50 ))}

RUN=$HERE/target/run
LOGS=$RUN/logs
BROKER_PORTS=(29091 29092 29093)
CONTROLLER_PORTS=(29191 29192 29193)
BOOTSTRAP=127.0.0.1:29091,127.0.0.1:29092,127.0.0.1:29093
PG_PORT=25432
DEADLINE_PORTS=(28081 28082)
ALERTING_PORTS=(28083 28084)
JDBC=jdbc:postgresql://127.0.0.1:$PG_PORT/shixian
PG_SUPER_PASSWORD=cluster-superuser
DEADLINE_PASSWORD=cluster-deadline
ALERTING_PASSWORD=cluster-alerting
STARTED=$(date +%s)

say() { printf '%s [%4ss] %s\n' "$(date +%H:%M:%S)" "$(( $(date +%s) - STARTED ))" "$*"; }
fail() { say "FAILED: $*"; exit 1; }

# --- a JDK >= 21 --------------------------------------------------------------------------------
java_ok() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! java_ok "$JAVA_HOME"; then
  JAVA_HOME=
  for candidate in /usr/lib/jvm/*; do java_ok "$candidate" && JAVA_HOME=$candidate; done
  [ -n "$JAVA_HOME" ] || fail "no JDK >= 21 found (set JAVA_HOME)"
fi
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java

# --- PostgreSQL binaries (Debian's package, installed when missing) ------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PG_BIN" ]; then
  say "installing Debian's postgresql package"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# PostgreSQL refuses to run as root: then it runs as the package's user postgres
if [ "$(id -u)" = 0 ]; then AS_PG=(runuser -u postgres --); else AS_PG=(); fi

# --- every process started here is stopped when the script ends, however it ends -----------------
declare -A PIDS=()
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for name in "${!PIDS[@]}"; do kill -TERM "${PIDS[$name]}" 2>/dev/null || true; done
  for name in "${!PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "${PIDS[$name]}" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "${PIDS[$name]}" 2>/dev/null || true
  done
  if [ -f "$RUN/pg/postmaster.pid" ]; then "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$RUN/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  [ $KEEP = 1 ] || rm -rf "$RUN/kafka-"* "$RUN/pg"
  say "stopped everything (logs in $LOGS); exit $rc"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build: the services' boot jars (package, never install) and this directory's classpath ------
cd "$ROOT"
if [ $BUILD = 1 ]; then
  say "building the services' jars and infra/cluster"
  ./mvnw -B -q -o -pl services/deadline-service,services/alerting-service -am package -DskipTests \
    || fail "the services did not build"
  ./mvnw -B -q -o -f infra/cluster/pom.xml package -DskipTests || ./mvnw -B -q -f infra/cluster/pom.xml package -DskipTests \
    || fail "infra/cluster did not build"
fi
DEADLINE_JAR=$(ls services/deadline-service/target/deadline-service-*-exec.jar)
ALERTING_JAR=$(ls services/alerting-service/target/alerting-service-*-exec.jar)
CP="$HERE/target/classes:$HERE/target/lib/*"
tool() { "$JAVA" -cp "$CP" cn.shixian.cluster.ClusterTool "$1" --bootstrap "$BOOTSTRAP" "${@:2}"; }

rm -rf "$RUN"
mkdir -p "$LOGS"

# --- PostgreSQL: a cluster of its own, durable (fsync on), the services' roles ------------------
start_postgres() {
  "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$RUN/pg" -l "$LOGS/postgres.log" -w -t 60 start >/dev/null
}
psql_as() { PGPASSWORD=$2 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PG_PORT -U "$1" "${@:3}"; }
setup_postgres() {
  mkdir -p "$RUN/pg"
  echo "$PG_SUPER_PASSWORD" > "$RUN/pg.pw"
  [ "$(id -u)" = 0 ] && chown postgres "$RUN/pg" "$RUN/pg.pw" && touch "$LOGS/postgres.log" && chown postgres "$LOGS/postgres.log"
  "${AS_PG[@]}" "$PG_BIN/initdb" -D "$RUN/pg" -U postgres --pwfile="$RUN/pg.pw" --auth=scram-sha-256 \
    -E UTF8 --no-locale >"$LOGS/initdb.log"
  cat >> "$RUN/pg/postgresql.conf" <<EOF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
shared_buffers = 256MB
EOF
  start_postgres
  psql_as postgres "$PG_SUPER_PASSWORD" -d postgres -c 'create database shixian'
  psql_as postgres "$PG_SUPER_PASSWORD" -d shixian -f "$ROOT/infra/postgres/roles.sql"
  psql_as postgres "$PG_SUPER_PASSWORD" -d shixian \
    -c "alter role shixian_deadline password '$DEADLINE_PASSWORD'" -c "alter role shixian_alerting password '$ALERTING_PASSWORD'"
}

# --- Kafka: three brokers, each broker and controller, KRaft quorum of three ---------------------
broker_config() {
  local i=$1 voters=""
  for n in 1 2 3; do voters+="${voters:+,}$n@127.0.0.1:${CONTROLLER_PORTS[n-1]}"; done
  cat <<EOF
process.roles=broker,controller
node.id=$i
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:${BROKER_PORTS[i-1]},CONTROLLER://127.0.0.1:${CONTROLLER_PORTS[i-1]}
advertised.listeners=PLAINTEXT://127.0.0.1:${BROKER_PORTS[i-1]}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$RUN/kafka-$i/data
num.partitions=6
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
unclean.leader.election.enable=false
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
EOF
}
start_broker() {
  "$JAVA" -Xms256m -Xmx512m -cp "$CP" kafka.Kafka "$RUN/kafka-$1/server.properties" >>"$LOGS/broker-$1.log" 2>&1 &
  PIDS[broker-$1]=$!
}
setup_kafka() {
  local cluster_id
  cluster_id=$("$JAVA" -cp "$CP" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
  for i in 1 2 3; do
    mkdir -p "$RUN/kafka-$i"
    broker_config $i > "$RUN/kafka-$i/server.properties"
    "$JAVA" -cp "$CP" kafka.tools.StorageTool format -t "$cluster_id" -c "$RUN/kafka-$i/server.properties" >>"$LOGS/broker-$i.log" 2>&1
    start_broker $i
  done
}
await_brokers() {
  local deadline=$(( $(date +%s) + 180 ))
  until [ "$(tool brokers 2>/dev/null)" = 3 ]; do
    [ "$(date +%s)" -lt $deadline ] || fail "the three brokers did not come up (logs/broker-*.log)"
    sleep 2
  done
}

# --- the services, two instances each, each as its own database role ---------------------------
common_args() {
  echo --spring.kafka.bootstrap-servers=$BOOTSTRAP --spring.datasource.url=$JDBC \
       --shixian.kafka.topics.replication-factor=3 --shixian.security.local=true --spring.main.banner-mode=off
}
start_deadline() {
  local n=$1
  "$JAVA" -Xmx1g -XX:+ExitOnOutOfMemoryError -jar "$DEADLINE_JAR" $(common_args) --server.port=${DEADLINE_PORTS[n-1]} \
    --spring.datasource.username=shixian_deadline --spring.datasource.password=$DEADLINE_PASSWORD \
    >>"$LOGS/deadline-$n.log" 2>&1 &
  PIDS[deadline-$n]=$!
}
start_alerting() {
  local n=$1 history=spring.quartz.properties.org.quartz.plugin.jobHistory
  "$JAVA" -Xmx1g -XX:+ExitOnOutOfMemoryError -jar "$ALERTING_JAR" $(common_args) --server.port=${ALERTING_PORTS[n-1]} \
    --spring.datasource.username=shixian_alerting --spring.datasource.password=$ALERTING_PASSWORD \
    --shixian.sweep.interval=10s \
    "--$history.class=org.quartz.plugins.history.LoggingJobHistoryPlugin" \
    "--$history.jobSuccessMessage=shixian-cluster: job {1}.{0} ran at {2, date, HH:mm:ss}" \
    >>"$LOGS/alerting-$n.log" 2>&1 &
  PIDS[alerting-$n]=$!
}
await_ready() {
  local name=$1 port=$2 deadline=$(( $(date +%s) + 240 ))
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "${PIDS[$name]}" 2>/dev/null || fail "$name exited (logs/$name.log)"
    [ "$(date +%s)" -lt $deadline ] || fail "$name not ready in 240 s (logs/$name.log)"
    sleep 2
  done
}
await_all_ready() {
  await_ready deadline-1 ${DEADLINE_PORTS[0]}; await_ready deadline-2 ${DEADLINE_PORTS[1]}
  await_ready alerting-1 ${ALERTING_PORTS[0]}; await_ready alerting-2 ${ALERTING_PORTS[1]}
}

# --- the faults -------------------------------------------------------------------------------
fault() { say "fault: $*"; echo "$(date +%H:%M:%S) at $(acked) events acked: $*" >> "$RUN/faults.log"; }
acked() { cat "$RUN/progress" 2>/dev/null || echo 0; }
kill_service() {
  local name=$1
  fault "SIGKILL $name (pid ${PIDS[$name]}), started again"
  kill -KILL "${PIDS[$name]}"; wait "${PIDS[$name]}" 2>/dev/null || true
  case $name in deadline-*) start_deadline "${name#deadline-}" ;; alerting-*) start_alerting "${name#alerting-}" ;; esac
}
kill_leader() {
  local partition leader
  read -r partition leader < <(tool leader --topic disclosure.items)
  fault "SIGKILL broker $leader (pid ${PIDS[broker-$leader]}), leader of disclosure.items-$partition, the busiest partition; started again 10 s later"
  kill -KILL "${PIDS[broker-$leader]}"; wait "${PIDS[broker-$leader]}" 2>/dev/null || true
  sleep 10   # the broker stays down for a while: its partitions elect new leaders, the producer retries
  start_broker "$leader"
}
restart_postgres() {
  fault "PostgreSQL stopped with -m immediate (as a crash: no checkpoint) and started again"
  "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$RUN/pg" -m immediate -w stop >/dev/null
  start_postgres
}
await_acked() {
  local target=$1
  while [ "$(acked)" -lt "$target" ]; do
    kill -0 "${PIDS[producer]}" 2>/dev/null || return 0
    sleep 1
  done
}

# --- the run ----------------------------------------------------------------------------------
say "PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$PG_PORT, data in $RUN/pg"
setup_postgres
say "Kafka $(basename "$(ls "$HERE"/target/lib/kafka_2.13-*.jar)" .jar | sed 's/kafka_2.13-//'): 3 brokers on $BOOTSTRAP"
setup_kafka
await_brokers
say "services: deadline-service on ${DEADLINE_PORTS[*]}, alerting-service on ${ALERTING_PORTS[*]}"
start_deadline 1; start_deadline 2
await_ready deadline-1 ${DEADLINE_PORTS[0]}; await_ready deadline-2 ${DEADLINE_PORTS[1]}
start_alerting 1; start_alerting 2
await_ready alerting-1 ${ALERTING_PORTS[0]}; await_ready alerting-2 ${ALERTING_PORTS[1]}
say "all up"

ROLE_ANSWER=$(psql_as shixian_alerting "$ALERTING_PASSWORD" -d shixian -c 'select count(*) from deadline.obligation' 2>&1 || true)
ROLE_CHECK=$(grep -o 'permission denied for schema deadline' <<<"$ROLE_ANSWER" || echo "read deadline.obligation: $ROLE_ANSWER")
psql_as shixian_alerting "$ALERTING_PASSWORD" -d shixian -c 'select count(*) from alerting.obligation' >/dev/null \
  || fail "shixian_alerting cannot read its own schema"
say "shixian_alerting on deadline.obligation: $ROLE_CHECK"

RUN_ID=$(date +%H%M%S)
say "load: $EVENTS events at up to $RATE events/s (run $RUN_ID)"
tool produce --run "$RUN_ID" --events "$EVENTS" --rate "$RATE" --progress "$RUN/progress" >"$RUN/produced" 2>"$LOGS/producer.log" &
PIDS[producer]=$!
LOAD_STARTED=$(date +%s)
await_acked $(( EVENTS * 15 / 100 )); kill_service deadline-1
await_acked $(( EVENTS * 35 / 100 )); kill_service alerting-1
await_acked $(( EVENTS * 55 / 100 )); kill_leader
await_acked $(( EVENTS * 75 / 100 )); restart_postgres
wait "${PIDS[producer]}" || fail "the producer failed (logs/producer.log)"
unset 'PIDS[producer]'
say "load produced: $(cat "$RUN/produced") events acked in $(( $(date +%s) - LOAD_STARTED )) s"

await_brokers
await_all_ready
say "draining: consumer lag 0 for both groups, both outboxes empty, then two more sweeps"
sweeps() { cat "$LOGS"/alerting-*.log | grep -c 'shixian-cluster: job shixian.sweep ran' || true; }
DRAIN_DEADLINE=$(( $(date +%s) + 600 ))
drained() { tool drained --jdbc "$JDBC" --user postgres --password "$PG_SUPER_PASSWORD" 2>>"$LOGS/tool.log"; }
until drained > "$RUN/drain"; do
  [ "$(date +%s)" -lt $DRAIN_DEADLINE ] || { cat "$RUN/drain"; fail "not drained in 600 s"; }
  sleep 5
done
SWEEPS_DRAINED=$(sweeps)
until [ "$(sweeps)" -ge $(( SWEEPS_DRAINED + 2 )) ] && drained > "$RUN/drain"; do
  [ "$(date +%s)" -lt $DRAIN_DEADLINE ] || { cat "$RUN/drain"; fail "no two sweeps after draining in 600 s"; }
  sleep 2
done
say "drained in $(( $(date +%s) - LOAD_STARTED )) s from the start of the load: $(cat "$RUN/drain")"

echo
echo "Faults:"
sed 's/^/- /' "$RUN/faults.log"
echo
set +e
tool report --run "$RUN_ID" --events "$EVENTS" --produced "$(cat "$RUN/produced")" --logs "$LOGS" \
  --jdbc "$JDBC" --user postgres --password "$PG_SUPER_PASSWORD" --role-check "$ROLE_CHECK" --out "$RUN/report.md" \
  2>>"$LOGS/tool.log"
VERDICT=$?
set -e
say "total $(( $(date +%s) - STARTED )) s for $EVENTS events on $(nproc) cores"
exit $VERDICT
