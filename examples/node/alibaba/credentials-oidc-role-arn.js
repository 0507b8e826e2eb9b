'use strict';
// @alicloud/credentials' OIDC role ARN provider (RRSA) against the mock, then the credentials it got
// on GetCallerIdentity. It reads what a pod with RRSA has: ALIBABA_CLOUD_ROLE_ARN,
// ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE (a token from the bundled test
// issuer: java -jar mock-sts.jar oidc-token > token.jwt). HTTPS only, as for RAM role ARN:
//   NODE_EXTRA_CA_CERTS=mock-sts.pem MOCK_STS_ENDPOINT=127.0.0.1:8443 MOCK_STS_PROTOCOL=https \
//   ALIBABA_CLOUD_ROLE_ARN=acs:ram::1234567890123456:role/mock-oidc-role \
//   ALIBABA_CLOUD_OIDC_PROVIDER_ARN=acs:ram::1234567890123456:oidc-provider/mock-oidc \
//   ALIBABA_CLOUD_OIDC_TOKEN_FILE=token.jwt node alibaba/credentials-oidc-role-arn.js
const Credential = require('@alicloud/credentials');
const { stsClient, callerIdentity } = require('./client');
const { endpoint, run } = require('../lib/mock-sts');

run('@alicloud/credentials', async () => {
  const credential = new Credential.default(
    new Credential.Config({
      type: 'oidc_role_arn',
      // roleArn, oidcProviderArn and oidcTokenFilePath default to the ALIBABA_CLOUD_* variables
      roleArn: process.env.ALIBABA_CLOUD_ROLE_ARN,
      oidcProviderArn: process.env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN,
      oidcTokenFilePath: process.env.ALIBABA_CLOUD_OIDC_TOKEN_FILE,
      roleSessionName: 'node-oidc-role-arn',
      stsEndpoint: endpoint(),
    }),
  );
  const issued = await credential.getCredential();
  const identity = await callerIdentity(stsClient(credential));
  return {
    type: issued.type,
    accessKeyId: issued.accessKeyId,
    securityToken: issued.securityToken,
    callerIdentity: identity,
  };
});
