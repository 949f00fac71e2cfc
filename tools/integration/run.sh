#!/usr/bin/env bash
# `npm run test:integration`: starts a Kafka broker and a MongoDB-wire server on 127.0.0.1
# (tools/kafka, tools/mongo), runs every *.int.spec.ts against them, and stops them again
# however the run ends. Set KAFKA_BROKERS / MONGO_URL to use servers of your own instead
# (e.g. a real MongoDB 7/8 replica set): then nothing is started or stopped.
# Extra arguments go to Jest (e.g. a path pattern).
set -uo pipefail
cd "$(dirname "$0")/../.."

started=()
cleanup() {
  local status=$?
  for server in "${started[@]}"; do bash "tools/$server/stop.sh" || true; done
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${MONGO_URL:-}" ]; then
  started+=(mongo)
  MONGO_URL="$(bash tools/mongo/start.sh | sed -n 's/^MONGO_URL=//p')" || exit 1
  [ -n "$MONGO_URL" ] || { echo "the MongoDB test server did not start" >&2; exit 1; }
fi
if [ -z "${KAFKA_BROKERS:-}" ]; then
  started+=(kafka)
  KAFKA_BROKERS="$(bash tools/kafka/start.sh | sed -n 's/^KAFKA_BROKERS=//p')" || exit 1
  [ -n "$KAFKA_BROKERS" ] || { echo "the Kafka broker did not start" >&2; exit 1; }
fi
export MONGO_URL KAFKA_BROKERS
echo "integration servers: MONGO_URL=$MONGO_URL KAFKA_BROKERS=$KAFKA_BROKERS"

npx jest -c jest.integration.config.js "$@"
