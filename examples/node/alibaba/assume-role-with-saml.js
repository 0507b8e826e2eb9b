'use strict';
// AssumeRoleWithSAML with @alicloud/sts20150401 (no AccessKey: the SAML assertion authorises it).
// MOCK_STS_SAML_RESPONSE_FILE holds the base64 SAML Response of the bundled test IdP:
//   java -jar mock-sts.jar saml-response --vendor alibaba --session-name alice \
//     --role acs:ram::1234567890123456:role/mock-saml-role \
//     --provider acs:ram::1234567890123456:saml-provider/mock-idp > saml.b64
//   MOCK_STS_ENDPOINT=127.0.0.1:8080 MOCK_STS_SAML_RESPONSE_FILE=saml.b64 \
//     ALIBABA_CLOUD_ROLE_ARN=acs:ram::1234567890123456:role/mock-saml-role \
//     node alibaba/assume-role-with-saml.js
const fs = require('fs');
const { Sts, anonymousClient, issued } = require('./client');
const { env, run } = require('../lib/mock-sts');

run('@alicloud/sts20150401', async () => {
  const request = new Sts.AssumeRoleWithSAMLRequest({
    SAMLProviderArn:
      env('MOCK_STS_SAML_PROVIDER_ARN') || 'acs:ram::1234567890123456:saml-provider/mock-idp',
    roleArn: env('ALIBABA_CLOUD_ROLE_ARN'),
    SAMLAssertion: fs.readFileSync(env('MOCK_STS_SAML_RESPONSE_FILE'), 'utf8').trim(),
  });
  return issued(await anonymousClient().assumeRoleWithSAML(request));
});
