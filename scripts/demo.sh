#!/usr/bin/env bash
# The whole demo cluster on this machine, without Docker: a log collector with its web
# page, pylm's logging example (a master, two workers, then the client scenario) and its
# error example (a server, then a client of it), each role its own JVM on loopback.
# Ctrl-C stops them all. Builds the jar on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=sample-app/target/palm-sample-app.jar
if [ ! -f "$jar" ]; then
	./mvnw -B -q package -DskipTests
fi
logs=$(mktemp -d)
pids=()
stop() {
	echo
	echo "Stopping the cluster..."
	for pid in ${pids[@]+"${pids[@]}"}; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	echo "Role output was in $logs"
}
trap stop EXIT
trap 'exit 130' INT TERM

endpoint=--palm.logging.endpoint=tcp://127.0.0.1:5570
java_opts=(-XX:+UseSerialGC -Xmx192m)
start() { # name, port, args...
	local name=$1 port=$2
	shift 2
	java "${java_opts[@]}" -jar "$jar" --server.port="$port" "$@" >"$logs/$name.log" 2>&1 &
	pids+=($!)
}
healthy() { # port: waits for the role's actuator health to say UP
	for _ in $(seq 1 240); do
		if (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
			&& grep -q '"status":"UP"' <&3) 2>/dev/null; then
			return 0
		fi
		sleep 0.5
	done
	echo "A role on port $1 did not become healthy; see $logs" >&2
	return 1
}

echo "Starting the log collector..."
start log-collector 8080 --spring.profiles.active=log-collector --palm.log-collector.file.path="$logs/palm-collector.jsonl"
healthy 8080
echo "Starting the master, two workers and the error server..."
start master 8082 --spring.profiles.active=master "$endpoint"
start error-server 8081 --spring.profiles.active=error-server "$endpoint"
healthy 8082
start worker1 8083 --spring.profiles.active=worker --palm.worker.name=worker1 "$endpoint"
start worker2 8084 --spring.profiles.active=worker --palm.worker.name=worker2 "$endpoint"
healthy 8083
healthy 8084
healthy 8081

echo
echo "The client scenario of pylm's logging example:"
java "${java_opts[@]}" -jar "$jar" --spring.profiles.active=cluster-client 2>/dev/null | grep '^Client'
echo
echo "A client of pylm's error example:"
java "${java_opts[@]}" -jar "$jar" --spring.profiles.active=client 2>/dev/null | grep '^Client'
cat <<INFO

The cluster is running. Look at:
  logs of every server:  http://localhost:8080/palm/logs
  metrics (Prometheus):  http://localhost:8082/actuator/prometheus (master)
                         http://localhost:8083/actuator/prometheus (worker1), :8084 (worker2), :8081 (error server)
  health:                http://localhost:8082/actuator/health
Run the client again:    java -jar $jar --spring.profiles.active=cluster-client
Press Ctrl-C to stop.
INFO
wait
