#!/usr/bin/env bash
# Transport benchmark (not part of the test suite): a Palm Spring server and the same
# pattern on raw JeroMQ, each in its own JVM, measured in one run. Prints a table of
# figures against the targets. Options: --rounds=5 --small=100000 --large=10000
# --evals=20000 --idle-samples=5 --idle-seconds=10. Takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
exec java -Xmx1g -cp "benchmark/target/classes:benchmark/target/lib/*" \
	io.palmspring.benchmark.TransportBenchmark "$@"
