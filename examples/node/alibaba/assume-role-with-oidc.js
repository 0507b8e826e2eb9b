'use strict';
// AssumeRoleWithOIDC with @alicloud/sts20150401 (no AccessKey: the ID token authorises it), with a
// token of the bundled test issuer in ALIBABA_CLOUD_OIDC_TOKEN_FILE:
//   java -jar mock-sts.jar oidc-token --vendor alibaba --subject me > token.jwt
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 ALIBABA_CLOUD_OIDC_TOKEN_FILE=token.jwt \
//     ALIBABA_CLOUD_ROLE_ARN=acs:ram::1234567890123456:role/mock-oidc-role \
//     ALIBABA_CLOUD_OIDC_PROVIDER_ARN=acs:ram::1234567890123456:oidc-provider/mock-oidc \
//     node alibaba/assume-role-with-oidc.js
const fs = require('fs');
const { Sts, anonymousClient, issued } = require('./client');
const { env, run } = require('../lib/mock-sts');

run('@alicloud/sts20150401', async () => {
  const request = new Sts.AssumeRoleWithOIDCRequest({
    OIDCProviderArn: env('ALIBABA_CLOUD_OIDC_PROVIDER_ARN'),
    roleArn: env('ALIBABA_CLOUD_ROLE_ARN'),
    OIDCToken: fs.readFileSync(env('ALIBABA_CLOUD_OIDC_TOKEN_FILE'), 'utf8').trim(),
    roleSessionName: 'node-oidc',
  });
  return issued(await anonymousClient().assumeRoleWithOIDC(request));
});
