#!/usr/bin/env bash
# Installs what the test suite needs beyond a JDK: Debian's python3-zmq and
# python3-protobuf (pylm-style peers written in Python check wire compatibility),
# protoc for their generated code, and chromium with chromium-driver (the log
# collector's page is tested in a real browser). Idempotent; needs root or sudo.
set -euo pipefail

packages=(python3-zmq python3-protobuf protobuf-compiler chromium chromium-driver)
missing=()
for package in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
	echo "[test-deps] all present: ${packages[*]}"
	exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
echo "[test-deps] installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
