'use strict';
// AssumeRole with @alicloud/sts20150401: alice assumes mock-role.
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 node alibaba/assume-role.js
const { Sts, stsClient, issued } = require('./client');
const { env, run } = require('../lib/mock-sts');

run('@alicloud/sts20150401', async () => {
  const request = new Sts.AssumeRoleRequest({
    roleArn: env('ALIBABA_CLOUD_ROLE_ARN'),
    roleSessionName: 'node-example',
    durationSeconds: Number(env('MOCK_STS_DURATION_SECONDS') || 3600),
  });
  return issued(await stsClient().assumeRole(request));
});
