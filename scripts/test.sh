#!/usr/bin/env bash
# The whole test suite: installs what the tests need, then builds every module and
# runs unit, integration and process tests. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
exec ./mvnw -B verify "$@"
