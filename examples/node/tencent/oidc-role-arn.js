'use strict';
// The SDK's OIDC provider (OIDCRoleArnCredential from tencentcloud-sdk-nodejs-common) in its TKE
// form against the mock: it reads TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE (a token
// of the bundled test issuer with aud sts.cloud.tencent.com) and TKE_ROLE_ARN, calls
// AssumeRoleWithWebIdentity at the clientConfig's endpoint, and the temporary credentials it got then
// sign GetCallerIdentity.
const { OIDCRoleArnCredential } = require('tencentcloud-sdk-nodejs-common');
const { clientConfig, stsClient, callerIdentity } = require('./client');
const { run } = require('../lib/mock-sts');

run('tencentcloud-sdk-nodejs-common', async () => {
  const { profile } = clientConfig(undefined);
  const provider = new OIDCRoleArnCredential({ profile });
  const issued = await provider.getCredential();
  const identity = await callerIdentity(stsClient(provider));
  return { secretId: issued.secretId, token: issued.token, callerIdentity: identity };
});
