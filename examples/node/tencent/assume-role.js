'use strict';
// AssumeRole with tencentcloud-sdk-nodejs-sts: alice assumes mock-role.
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 node tencent/assume-role.js
const { stsClient, issued } = require('./client');
const { env, run } = require('../lib/mock-sts');

run('tencentcloud-sdk-nodejs-sts', async () => {
  const r = await stsClient().AssumeRole({
    RoleArn: env('TENCENTCLOUD_ROLE_ARN'),
    RoleSessionName: 'node-example',
    DurationSeconds: Number(env('MOCK_STS_DURATION_SECONDS') || 3600),
  });
  return issued(r);
});
