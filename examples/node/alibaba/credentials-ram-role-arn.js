'use strict';
// @alicloud/credentials' RAM role ARN provider against the mock, then the credentials it got on
// GetCallerIdentity. The provider always speaks HTTPS (it hard-codes the protocol), so start the
// mock with --https-port and trust its certificate:
//   NODE_EXTRA_CA_CERTS=mock-sts.pem MOCK_STS_ENDPOINT=127.0.0.1:8443 MOCK_STS_PROTOCOL=https \
//     node alibaba/credentials-ram-role-arn.js
const Credential = require('@alicloud/credentials');
const { stsClient, callerIdentity } = require('./client');
const { env, endpoint, run } = require('../lib/mock-sts');

run('@alicloud/credentials', async () => {
  const credential = new Credential.default(
    new Credential.Config({
      type: 'ram_role_arn',
      accessKeyId: env('ALIBABA_CLOUD_ACCESS_KEY_ID'),
      accessKeySecret: env('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
      roleArn: env('ALIBABA_CLOUD_ROLE_ARN'),
      roleSessionName: 'node-ram-role-arn',
      stsEndpoint: endpoint(), // host:port; the provider prefixes https://
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
