'use strict';
// GetCallerIdentity with @alicloud/sts20150401, with an AccessKey or STS credentials
// (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN).
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 node alibaba/get-caller-identity.js
const { stsClient, callerIdentity } = require('./client');
const { run } = require('../lib/mock-sts');

run('@alicloud/sts20150401', async () => callerIdentity(stsClient()));
