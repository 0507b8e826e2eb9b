'use strict';
// What every example reads from the environment, and how it reports: one JSON line on stdout.
//
//   MOCK_STS_ENDPOINT   host:port of the mock (default 127.0.0.1:8080), no scheme
//   MOCK_STS_DURATION_SECONDS  DurationSeconds of the AssumeRole examples (default 3600)
//   MOCK_STS_PROTOCOL   http (default) or https; for https trust the mock's certificate with
//                       NODE_EXTRA_CA_CERTS=mock-sts.pem (java -jar mock-sts.jar --https-port 8443
//                       --https-cert-out mock-sts.pem)
//
// The identities default to the mock's default world (fixtures/world.yaml): alice's keys and the
// role mock-role of the account "main", for each vendor. Every secret here is a published test value.

const DEFAULTS = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tMockAliceAccessKey',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'MockAliceAccessKeySecret000001',
  ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1234567890123456:role/mock-role',
  TENCENTCLOUD_SECRET_ID: 'AKIDMockAliceSecretId000000000000001',
  TENCENTCLOUD_SECRET_KEY: 'MockAliceSecretKey00000000000001',
  TENCENTCLOUD_ROLE_ARN: 'qcs::cam::uin/100000000001:roleName/mock-role',
  TENCENTCLOUD_REGION: 'ap-guangzhou',
};

/** An environment variable, or its default-world value, or undefined. */
function env(name) {
  const value = process.env[name];
  return value !== undefined && value !== '' ? value : DEFAULTS[name];
}

function endpoint() {
  return env('MOCK_STS_ENDPOINT') || '127.0.0.1:8080';
}

function protocol() {
  const value = (env('MOCK_STS_PROTOCOL') || 'http').toLowerCase();
  if (value !== 'http' && value !== 'https') {
    throw new Error(`MOCK_STS_PROTOCOL must be http or https, not ${value}`);
  }
  return value;
}

/** The version of an installed package, for the report. */
function versionOf(pkg) {
  return require(`${pkg}/package.json`).version;
}

function print(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
}

/** Runs an example: prints {ok: true, ...result} or {ok: false, error: {...}} and exits 0 either way. */
function run(sdk, main) {
  const base = { sdk, version: versionOf(sdk) };
  main().then(
    (result) => print({ ...base, ok: true, ...result }),
    (e) => {
      print({ ...base, ok: false, error: describe(e) });
    },
  );
}

/** What the SDK surfaces for an error: its class, code, HTTP status, request id and message. */
function describe(e) {
  const error = { type: e && e.constructor ? e.constructor.name : typeof e };
  for (const key of ['code', 'statusCode', 'httpCode', 'requestId', 'message']) {
    if (e && e[key] !== undefined && e[key] !== null && e[key] !== '') {
      error[key] = e[key];
    }
  }
  if (e && e.data && e.data.statusCode !== undefined && error.statusCode === undefined) {
    error.statusCode = e.data.statusCode;
  }
  return error;
}

module.exports = { env, endpoint, protocol, run, print, describe };
