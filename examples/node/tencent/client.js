'use strict';
// How to point tencentcloud-sdk-nodejs-sts at the mock: profile.httpProfile.endpoint is host:port
// without a scheme and profile.httpProfile.protocol is "http://" (the default is "https://").
//   MOCK_STS_SIGNATURE   TC3-HMAC-SHA256 (default), HmacSHA1 or HmacSHA256 (profile.signMethod)
//   MOCK_STS_HTTP_METHOD POST (default) or GET (profile.httpProfile.reqMethod)
const tencentcloud = require('tencentcloud-sdk-nodejs-sts');
const { env, endpoint, protocol } = require('../lib/mock-sts');

const StsClient = tencentcloud.sts.v20180813.Client;

/** The client options pointing at the mock; `credential` may be a provider object. */
function clientConfig(credential) {
  return {
    credential,
    region: env('TENCENTCLOUD_REGION'),
    profile: {
      signMethod: env('MOCK_STS_SIGNATURE') || 'TC3-HMAC-SHA256',
      httpProfile: {
        endpoint: endpoint(),
        protocol: `${protocol()}://`,
        reqMethod: env('MOCK_STS_HTTP_METHOD') || 'POST',
        reqTimeout: 30,
      },
    },
  };
}

/**
 * A client signing with alice's key (or TENCENTCLOUD_SECRET_ID/_SECRET_KEY, and
 * TENCENTCLOUD_SESSION_TOKEN for temporary credentials), or with the given credential.
 */
function stsClient(credential) {
  return new StsClient(
    clientConfig(
      credential || {
        secretId: env('TENCENTCLOUD_SECRET_ID'),
        secretKey: env('TENCENTCLOUD_SECRET_KEY'),
        token: env('TENCENTCLOUD_SESSION_TOKEN'),
      },
    ),
  );
}

/**
 * Calls AssumeRoleWithSAML or AssumeRoleWithWebIdentity as the API documentation asks: with TC3,
 * `Authorization: SKIP` and no key (the assertion or token authorises the call). The SDK's typed
 * methods would sign with the client's credential; `request(..., { skipSign: true })` is how the
 * SDK's own OIDCRoleArnCredential sends it.
 */
function unsigned(action, params) {
  const { profile, region } = clientConfig(undefined);
  profile.signMethod = 'TC3-HMAC-SHA256';
  const client = new StsClient({ credential: { secretId: '', secretKey: '' }, region, profile });
  return client.request(action, params, { skipSign: true });
}

/** The fields of AssumeRole* answers. */
function issued(r) {
  return {
    requestId: r.RequestId,
    tmpSecretId: r.Credentials.TmpSecretId,
    tmpSecretKey: r.Credentials.TmpSecretKey,
    token: r.Credentials.Token,
    expiredTime: r.ExpiredTime,
    expiration: r.Expiration,
  };
}

/** The fields of a GetCallerIdentity answer. */
async function callerIdentity(client) {
  const r = await client.GetCallerIdentity({});
  return {
    type: r.Type,
    accountId: r.AccountId,
    userId: r.UserId,
    principalId: r.PrincipalId,
    arn: r.Arn,
    requestId: r.RequestId,
  };
}

module.exports = { tencentcloud, clientConfig, stsClient, unsigned, issued, callerIdentity };
