#!/usr/bin/env bash
# Smoke-checks a running mock-sts with the official Alibaba Cloud Java SDKs (pop, Tea,
# credentials-java), as pinned in the parent POM. Start the mock first, with HTTPS:
#   java -jar mock-server/target/mock-sts.jar --port 8080 --https-port 8443 --https-cert-out /tmp/mock-sts.pem
# then: scripts/alibaba-sdk-smoke.sh [HOST] [HTTP_PORT] [HTTPS_PORT] [CERT_PEM]
# The OIDC checks take their tokens from mock-server/target/mock-sts.jar oidc-token.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}; http=${2:-8080}; https=${3:-8443}; pem=${4:-/tmp/mock-sts.pem}
cp_file=$(mktemp)
./mvnw -B -q -pl mock-server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "$(cat "$cp_file")" scripts/AlibabaSdkSmoke.java "$host" "$http" "$https" "$pem"
