#!/usr/bin/env bash
# Runs a role of the sample app (default: the error server, pylm's error example).
#   scripts/run-sample.sh                 # server 'my_server' on tcp://127.0.0.1:5555-5557
#   scripts/run-sample.sh client          # in another terminal: calls my_server.foo
# Builds the jar first when it is missing. Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=sample-app/target/palm-sample-app.jar
if [ ! -f "$jar" ]; then
	./mvnw -B -q package -DskipTests
fi
profile="${1:-error-server}"
shift || true
exec java -jar "$jar" --spring.profiles.active="$profile" "$@"
