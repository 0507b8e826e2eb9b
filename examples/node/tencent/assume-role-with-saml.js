'use strict';
// AssumeRoleWithSAML with tencentcloud-sdk-nodejs-sts. MOCK_STS_SAML_RESPONSE_FILE holds the base64
// SAML Response of the bundled test IdP:
//   java -jar mock-sts.jar saml-response --vendor tencent --session-name alice \
//     --role qcs::cam::uin/100000000001:roleName/mock-saml-role \
//     --provider qcs::cam::uin/100000000001:saml-provider/mock-idp > saml.b64
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 MOCK_STS_SAML_RESPONSE_FILE=saml.b64 \
//     TENCENTCLOUD_ROLE_ARN=qcs::cam::uin/100000000001:roleName/mock-saml-role \
//     node tencent/assume-role-with-saml.js
const fs = require('fs');
const { unsigned, issued } = require('./client');
const { env, run } = require('../lib/mock-sts');

run('tencentcloud-sdk-nodejs-sts', async () => {
  const r = await unsigned('AssumeRoleWithSAML', {
    SAMLAssertion: fs.readFileSync(env('MOCK_STS_SAML_RESPONSE_FILE'), 'utf8').trim(),
    PrincipalArn: env('MOCK_STS_SAML_PROVIDER_ARN') || 'qcs::cam::uin/100000000001:saml-provider/mock-idp',
    RoleArn: env('TENCENTCLOUD_ROLE_ARN'),
    RoleSessionName: 'node-saml',
  });
  return issued(r);
});
