#!/usr/bin/env bash
# Builds the engine image with podman (no Docker engine, no registry) and checks that it becomes healthy
# on the embedded simulator. Needs root and ../shared/containers/prepare-podman.sh run once.
# Usage: docker/smoke.sh   (from the repository root, after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
test -f app/target/ariflow.jar || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 1; }
podman image exists localhost/ariflow-jre:17 \
  || podman build --pull=never -q -f docker/jre-base.Dockerfile -t ariflow-jre:17 .
podman build --pull=never --format docker -q -f docker/Dockerfile --build-arg BASE_IMAGE=localhost/ariflow-jre:17 \
  -t ariflow:test .
podman rm -f ariflow-smoke >/dev/null 2>&1 || true
podman run -d --name ariflow-smoke -p 127.0.0.1:18080:8080 ariflow:test >/dev/null
trap 'podman logs ariflow-smoke | tail -20; podman rm -f ariflow-smoke >/dev/null' EXIT
for i in $(seq 1 60); do
  if podman healthcheck run ariflow-smoke >/dev/null 2>&1; then
    echo "container healthy after ${i} checks"
    curl -fsS http://127.0.0.1:18080/health && echo
    exit 0
  fi
  sleep 1
done
echo "container never became healthy" >&2
exit 1
