#!/usr/bin/env bash
# Starts a single-node Apache Kafka 3.9.2 broker in KRaft mode on 127.0.0.1 and prints
# KAFKA_BROKERS=127.0.0.1:<port>. The jars (kafka_2.13 with slf4j-reload4j and reload4j as its
# logging backend) come from Maven Central via Maven (~/.m2). Ports are free ones unless
# $KAFKA_PORT / $KAFKA_CONTROLLER_PORT are set; data, log and pid live under tmp/servers/kafka.
set -euo pipefail
source "$(dirname "$0")/../servers/common.sh"
HERE="$ROOT/tools/kafka"
DIR="$SERVERS_DIR/kafka"
mkdir -p "$DIR"

if already_running "$DIR/kafka.pid" "$DIR/brokers"; then
  echo "KAFKA_BROKERS=$(cat "$DIR/brokers")"
  exit 0
fi

CP="$(maven_classpath "$HERE/pom.xml" "$DIR/classpath.txt")"
PORT="${KAFKA_PORT:-$(free_port)}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$(free_port)}"
# A fresh log directory each start: the tests want an empty broker, and so does a crashed one.
rm -rf "$DIR/data"
sed -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" -e "s|@DATA@|$DIR/data|g" \
  "$HERE/server.properties" > "$DIR/server.properties"
sed -e "s|@LOG@|$DIR/server.log|g" "$HERE/log4j.properties" > "$DIR/log4j.properties"

JAVA=(java -Xmx512m -Xms512m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$DIR/log4j.properties" -cp "$CP")
CLUSTER_ID="$("${JAVA[@]}" kafka.tools.StorageTool random-uuid)"
"${JAVA[@]}" kafka.tools.StorageTool format -t "$CLUSTER_ID" -c "$DIR/server.properties" --ignore-formatted > "$DIR/format.log" 2>&1 \
  || { cat "$DIR/format.log" >&2; exit 1; }

: > "$DIR/kafka.out"
nohup "${JAVA[@]}" kafka.Kafka "$DIR/server.properties" >> "$DIR/kafka.out" 2>&1 &
echo $! > "$DIR/kafka.pid"
wait_for_log "$DIR/kafka.out" "Kafka Server started" "$(cat "$DIR/kafka.pid")" 120 "Kafka"
echo "127.0.0.1:$PORT" > "$DIR/brokers"
echo "KAFKA_BROKERS=$(cat "$DIR/brokers")"
