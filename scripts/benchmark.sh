#!/usr/bin/env bash
# Benchmarks (not part of the test suite); each prints a table of figures against its
# targets, measured in one run against a baseline:
#   scripts/benchmark.sh              # transport: a Palm Spring server vs raw JeroMQ (about 2 min)
#   scripts/benchmark.sh master       # master + 1 and 2 workers: echo and CPU-bound (about 2 min)
#   scripts/benchmark.sh logs         # log collector: exactly once, outage, overhead (about 2 min)
# Transport options: --rounds=5 --small=100000 --large=10000 --evals=20000 --idle-samples=5
# --idle-seconds=10 --matrix. Master options: --echo=100000 --hash=10000 --rounds=5.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
main=io.palmspring.benchmark.TransportBenchmark
case "${1:-}" in
	master) main=io.palmspring.benchmark.MasterBenchmark; shift ;;
	logs) main=io.palmspring.benchmark.LogBenchmark; shift ;;
esac
exec java -Xmx1g -cp "benchmark/target/classes:benchmark/target/lib/*" "$main" "$@"
