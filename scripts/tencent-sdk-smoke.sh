#!/usr/bin/env bash
# Smoke-checks a running mock-sts with the official Tencent Cloud Java SDK
# (tencentcloud-sdk-java-sts, as pinned in the parent POM): every STS action once with the default
# world's identities, TC3 and v1 signatures, and the common error paths. Start the mock first:
#   java -jar mock-server/target/mock-sts.jar --port 8080
# then: scripts/tencent-sdk-smoke.sh [HOST] [PORT]
# The signature and expired-credentials checks move the mock's clock through
# /__admin/mock-sts/clock and reset it afterwards; the signature check expects
# AuthFailure.SignatureExpire only from a mock started with --signature-clock=mock (by default
# request timestamps are checked against real time, docs/time-and-replicas.md).
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}; port=${2:-8080}
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl mock-server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "$(cat "$cp_file")" scripts/TencentSdkSmoke.java "$host" "$port"
