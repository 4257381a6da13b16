# A JRE base built from the local debian:bookworm-slim, for machines without a registry (CI here):
#   podman build --pull=never -f docker/jre-base.Dockerfile -t ariflow-jre:17 .
FROM debian:bookworm-slim
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/*
