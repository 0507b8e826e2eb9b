'use strict';
// AssumeRoleWithWebIdentity with tencentcloud-sdk-nodejs-sts, with a token of the bundled test
// issuer (java -jar mock-sts.jar oidc-token --vendor tencent --subject me > token.jwt):
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 TKE_WEB_IDENTITY_TOKEN_FILE=token.jwt TKE_PROVIDER_ID=mock-oidc \
//     TKE_ROLE_ARN=qcs::cam::uin/100000000001:roleName/mock-oidc-role \
//     node tencent/assume-role-with-web-identity.js
const fs = require('fs');
const { unsigned, issued } = require('./client');
const { env, run } = require('../lib/mock-sts');

run('tencentcloud-sdk-nodejs-sts', async () => {
  const r = await unsigned('AssumeRoleWithWebIdentity', {
    ProviderId: env('TKE_PROVIDER_ID'),
    WebIdentityToken: fs.readFileSync(env('TKE_WEB_IDENTITY_TOKEN_FILE'), 'utf8').trim(),
    RoleArn: env('TKE_ROLE_ARN'),
    RoleSessionName: 'node-web-identity',
  });
  return issued(r);
});
