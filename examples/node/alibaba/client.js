'use strict';
// How to point @alicloud/sts20150401 (the Tea/OpenAPI client) at the mock: `endpoint` is host:port
// without a scheme, and `protocol` overrides the HTTPS each generated API method asks for.
const Sts = require('@alicloud/sts20150401');
const { $OpenApiUtil } = require('@alicloud/openapi-core');
const { env, endpoint, protocol } = require('../lib/mock-sts');

/**
 * A client signing with alice's AccessKey (or ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET, and
 * ALIBABA_CLOUD_SECURITY_TOKEN for STS credentials), or with a credentials client when one is given.
 * MOCK_STS_SIGNATURE: unset for ACS3-HMAC-SHA256 (the V3 signature, the SDK's default), or "v2"
 * for the RPC signature HMAC-SHA1 (`signatureAlgorithm: 'v2'`).
 */
function stsClient(credential) {
  const config = new $OpenApiUtil.Config({
    endpoint: endpoint(),
    protocol: protocol().toUpperCase(),
    regionId: 'cn-hangzhou',
    readTimeout: 10000,
    connectTimeout: 5000,
  });
  if (credential) {
    config.credential = credential;
  } else {
    config.accessKeyId = env('ALIBABA_CLOUD_ACCESS_KEY_ID');
    config.accessKeySecret = env('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    if (env('ALIBABA_CLOUD_SECURITY_TOKEN')) {
      config.securityToken = env('ALIBABA_CLOUD_SECURITY_TOKEN');
    }
  }
  if (env('MOCK_STS_SIGNATURE')) {
    config.signatureAlgorithm = env('MOCK_STS_SIGNATURE');
  }
  return new Sts.default(config);
}

/**
 * A client without any AccessKey, for AssumeRoleWithSAML and AssumeRoleWithOIDC: the SDK sends
 * them unsigned (authType Anonymous), and the assertion or token is what authorises them.
 */
function anonymousClient() {
  return new Sts.default(
    new $OpenApiUtil.Config({
      endpoint: endpoint(),
      protocol: protocol().toUpperCase(),
      regionId: 'cn-hangzhou',
      readTimeout: 10000,
      connectTimeout: 5000,
    }),
  );
}

/** The fields of AssumeRole* answers. */
function issued(response) {
  const body = response.body;
  return {
    statusCode: response.statusCode,
    requestId: body.requestId,
    accessKeyId: body.credentials.accessKeyId,
    accessKeySecret: body.credentials.accessKeySecret,
    securityToken: body.credentials.securityToken,
    expiration: body.credentials.expiration,
    assumedRoleUser: { arn: body.assumedRoleUser.arn, assumedRoleId: body.assumedRoleUser.assumedRoleId },
  };
}

/** The fields of a GetCallerIdentity answer. */
async function callerIdentity(client) {
  const body = (await client.getCallerIdentity()).body;
  return {
    identityType: body.identityType,
    accountId: body.accountId,
    userId: body.userId,
    principalId: body.principalId,
    arn: body.arn,
    requestId: body.requestId,
  };
}

module.exports = { Sts, stsClient, anonymousClient, issued, callerIdentity };
