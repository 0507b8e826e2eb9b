'use strict';
// The SDK's role-assuming provider (STSCredential from tencentcloud-sdk-nodejs-common) against the
// mock: its AssumeRole goes to the endpoint of the clientConfig's httpProfile; the temporary
// credentials it got then sign GetCallerIdentity.
const { STSCredential } = require('tencentcloud-sdk-nodejs-common');
const { clientConfig, stsClient, callerIdentity } = require('./client');
const { env, run } = require('../lib/mock-sts');

run('tencentcloud-sdk-nodejs-common', async () => {
  const provider = new STSCredential(
    clientConfig({ secretId: env('TENCENTCLOUD_SECRET_ID'), secretKey: env('TENCENTCLOUD_SECRET_KEY') }),
    { RoleArn: env('TENCENTCLOUD_ROLE_ARN'), RoleSessionName: 'node-sts-credential', DurationSeconds: 3600 },
  );
  const issued = await provider.getCredential();
  const identity = await callerIdentity(stsClient(provider));
  return { secretId: issued.secretId, token: issued.token, callerIdentity: identity };
});
