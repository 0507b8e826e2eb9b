#!/usr/bin/env bash
# Smoke-checks AssumeRoleWithSAML of a running standalone mock-sts with the official SDKs
# (Alibaba Tea and pop, Tencent), as pinned in the parent POM. Starts nothing itself: start the
# mock first, e.g.
#   java -jar mock-server/target/mock-sts.jar --port 8080
# then: scripts/saml-sdk-smoke.sh [HOST] [PORT]
# Every SAML Response comes from the jar's own test IdP (`mock-sts.jar saml-response`), one per
# check, because the mock refuses an assertion it has seen before (replay cache).
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}; port=${2:-8080}
jar=mock-server/target/mock-sts.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ali_role=acs:ram::1234567890123456:role/mock-saml-role
ali_provider=acs:ram::1234567890123456:saml-provider/mock-idp
tc_role=qcs::cam::uin/100000000001:roleName/mock-saml-role
tc_provider=qcs::cam::uin/100000000001:saml-provider/mock-idp

# name vendor session-name [more saml-response options]
mint() {
  local name=$1 vendor=$2 session=$3; shift 3
  local role=$ali_role provider=$ali_provider
  if [ "$vendor" = tencent ]; then role=$tc_role; provider=$tc_provider; fi
  java -jar "$jar" saml-response --vendor "$vendor" --role "$role" --provider "$provider" \
    --session-name "$session" "$@" >"$work/$name"
}
mint tea alibaba tea-smoke
mint pop alibaba pop-smoke
mint expired alibaba tea-smoke \
  --not-before "$(date -u -d '-20 min' +%Y-%m-%dT%H:%M:%SZ)" \
  --not-on-or-after "$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)"
mint tencent tencent alice

cp_file="$work/classpath"
./mvnw -B -q -pl mock-server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "$(cat "$cp_file")" scripts/SamlSdkSmoke.java "$host" "$port" "$work"
