#!/usr/bin/env bash
# Stops the server started by tools/mongo/start.sh (its memory backend keeps nothing).
set -euo pipefail
source "$(dirname "$0")/../servers/common.sh"
stop_pid_file "$SERVERS_DIR/mongo/mongo.pid" 10 "mongo-java-server"
rm -f "$SERVERS_DIR/mongo/url"
