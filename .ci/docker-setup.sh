#!/usr/bin/env bash
# Makes a Docker engine, compose and the base images usable on a CI machine without a
# registry (Debian 12, run as root): Debian's docker.io started by hand (no systemd), the
# compose v2 plugin from Debian 13's packages, and a JRE image built with debootstrap and
# tagged eclipse-temurin:17-jre (and alpine/socat:1.7.4.3-r0, which Testcontainers' compose
# support starts). Idempotent; FORCE_IMAGES=1 rebuilds the images. A normal machine with
# Docker needs none of this.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
step() { echo "[docker-setup] $(date +%T) $*"; }

if [ "$(id -u)" -ne 0 ]; then
	echo "[docker-setup] needs root" >&2
	exit 1
fi
WORK=$(mktemp -d)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
MIRROR=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}

missing=()
for package in docker.io docker-compose debootstrap; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
	step "apt packages: ${missing[*]}"
	apt-get update -qq
	apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
	step "starting dockerd"
	if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
		rm -f /var/run/docker.pid
	fi
	nohup dockerd >/var/log/dockerd-ci.log 2>&1 &
	for _ in $(seq 1 60); do
		docker info >/dev/null 2>&1 && break
		sleep 1
	done
fi
docker info --format 'engine {{.ServerVersion}}, storage {{.Driver}}'

if ! docker compose version >/dev/null 2>&1; then
	step "compose v2 plugin from Debian 13"
	A=$WORK/apt-trixie
	mkdir -p "$A/lists/partial" "$A/cache" "$A/archives/partial"
	echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR trixie main" >"$A/sources.list"
	O=(-o Dir::Etc::sourcelist="$A/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State::lists="$A/lists"
		-o Dir::Cache="$A/cache" -o Dir::Cache::archives="$A/archives")
	if apt-get "${O[@]}" update -qq && (cd "$A" && apt-get "${O[@]}" download docker-compose docker-buildx >/dev/null 2>&1); then
		for p in docker-compose docker-buildx; do
			dpkg-deb -x "$A"/${p}_*.deb "$A/x"
			install -D -m 0755 "$A/x/usr/libexec/docker/cli-plugins/$p" "/usr/local/lib/docker/cli-plugins/$p"
		done
	else
		step "compose v2 not available; docker-compose v1 stays"
	fi
fi
docker compose version || docker-compose version

if [ "${FORCE_IMAGES:-0}" = 1 ] || ! docker image inspect eclipse-temurin:17-jre alpine/socat:1.7.4.3-r0 >/dev/null 2>&1; then
	step "base image: debootstrap (about 40 s)"
	R=$WORK/rootfs
	debootstrap --variant=minbase --include=openjdk-17-jre-headless,socat bookworm "$R" "$MIRROR" >"$WORK/debootstrap.log"
	rm -rf "$R"/var/cache/apt/archives/*.deb "$R"/var/lib/apt/lists/* "$R"/usr/share/doc/* "$R"/usr/share/locale/*
	find "$R/usr/share/man" -type f -delete
	mkdir -p "$R/opt/java" && ln -sfn /usr/lib/jvm/java-17-openjdk-amd64 "$R/opt/java/openjdk"
	tar -C "$R" -c . | docker import \
		--change 'ENV JAVA_HOME=/opt/java/openjdk' \
		--change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
		--change 'ENV LANG=C.UTF-8' \
		--change 'CMD ["/bin/bash"]' \
		- local/jre17:bookworm
	docker tag local/jre17:bookworm eclipse-temurin:17-jre
	docker tag local/jre17:bookworm alpine/socat:1.7.4.3-r0
fi
docker run --rm eclipse-temurin:17-jre java -version 2>&1 | sed -n 1p
step "done"
