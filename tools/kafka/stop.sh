#!/usr/bin/env bash
# Stops the broker started by tools/kafka/start.sh (a controlled shutdown, then KILL after 30 s).
set -euo pipefail
source "$(dirname "$0")/../servers/common.sh"
stop_pid_file "$SERVERS_DIR/kafka/kafka.pid" 30 "Kafka"
rm -f "$SERVERS_DIR/kafka/brokers"
