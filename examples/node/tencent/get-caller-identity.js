'use strict';
// GetCallerIdentity with tencentcloud-sdk-nodejs-sts, with a key or temporary credentials
// (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN).
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 MOCK_STS_SIGNATURE=HmacSHA256 MOCK_STS_HTTP_METHOD=GET \
//     node tencent/get-caller-identity.js
const { stsClient, callerIdentity } = require('./client');
const { run } = require('../lib/mock-sts');

run('tencentcloud-sdk-nodejs-sts', async () => callerIdentity(stsClient()));
