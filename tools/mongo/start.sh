#!/usr/bin/env bash
# Starts a MongoDB-wire test server (de.bwaldvogel:mongo-java-server 1.47.0, memory backend)
# on 127.0.0.1 and a free port (or $MONGO_PORT), and prints MONGO_URL=mongodb://127.0.0.1:<port>.
# Jars come from Maven Central via Maven (~/.m2); the ten-line main is compiled with javac.
set -euo pipefail
source "$(dirname "$0")/../servers/common.sh"
HERE="$ROOT/tools/mongo"
DIR="$SERVERS_DIR/mongo"
mkdir -p "$DIR/classes"

if already_running "$DIR/mongo.pid" "$DIR/url"; then
  echo "MONGO_URL=$(cat "$DIR/url")"
  exit 0
fi

CP="$(maven_classpath "$HERE/pom.xml" "$DIR/classpath.txt")"
if [ ! -f "$DIR/classes/LocalMongo.class" ] || [ "$HERE/src/LocalMongo.java" -nt "$DIR/classes/LocalMongo.class" ]; then
  javac -cp "$CP" -d "$DIR/classes" "$HERE/src/LocalMongo.java"
fi

PORT="${MONGO_PORT:-$(free_port)}"
: > "$DIR/mongo.log"
nohup java -Xmx1g -cp "$DIR/classes:$CP" LocalMongo "$PORT" >> "$DIR/mongo.log" 2>&1 &
echo $! > "$DIR/mongo.pid"
wait_for_log "$DIR/mongo.log" "LocalMongo listening" "$(cat "$DIR/mongo.pid")" 60 "mongo-java-server"
echo "mongodb://127.0.0.1:$PORT" > "$DIR/url"
echo "MONGO_URL=$(cat "$DIR/url")"
