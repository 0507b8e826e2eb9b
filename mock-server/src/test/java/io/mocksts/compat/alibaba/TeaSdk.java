package io.mocksts.compat.alibaba;

import com.aliyun.sts20150401.Client;
import com.aliyun.teaopenapi.models.Config;
import io.mocksts.MockSts;

/**
 * How to point the Tea SDK (com.aliyun:sts20150401 1.1.4) at the mock: {@code endpoint} is {@code
 * host:port} without a scheme and {@code protocol} {@code HTTP} overrides the per-API HTTPS
 * (Alibaba Java SDKs, https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/).
 */
final class TeaSdk {

  private TeaSdk() {}

  static Client client(MockSts sts, String accessKeyId, String secret) throws Exception {
    return new Client(config(sts).setAccessKeyId(accessKeyId).setAccessKeySecret(secret));
  }

  static Client sessionClient(MockSts sts, String accessKeyId, String secret, String token)
      throws Exception {
    return new Client(
        config(sts).setAccessKeyId(accessKeyId).setAccessKeySecret(secret).setSecurityToken(token));
  }

  /** A client that takes its credentials from a credentials-java client. */
  static Client client(MockSts sts, com.aliyun.credentials.Client credentials) throws Exception {
    return new Client(config(sts).setCredential(credentials));
  }

  private static Config config(MockSts sts) {
    return new Config().setEndpoint("127.0.0.1:" + sts.port()).setProtocol("HTTP");
  }
}
