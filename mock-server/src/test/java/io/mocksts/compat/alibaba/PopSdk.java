package io.mocksts.compat.alibaba;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import io.mocksts.MockSts;

/**
 * How to point the "pop" SDK (aliyun-java-sdk-core 4.7.10 + aliyun-java-sdk-sts 3.1.2) at the mock:
 * the endpoint and the protocol are set on every request, because the STS request classes set HTTPS
 * in their constructors (Alibaba Java SDKs,
 * https://repo1.maven.org/maven2/com/aliyun/aliyun-java-sdk-core/4.7.10/).
 */
final class PopSdk {

  private PopSdk() {}

  /** A client signing with a long-term AccessKey. */
  static DefaultAcsClient client(String accessKeyId, String secret) {
    return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", accessKeyId, secret));
  }

  /** A client signing with temporary credentials (adds {@code SecurityToken} to the query). */
  static DefaultAcsClient sessionClient(String accessKeyId, String secret, String securityToken) {
    return new DefaultAcsClient(
        DefaultProfile.getProfile("cn-hangzhou"),
        new StaticCredentialsProvider(
            new BasicSessionCredentials(accessKeyId, secret, securityToken)));
  }

  static <T extends AcsRequest<?>> T at(MockSts sts, T request) {
    request.setSysEndpoint("127.0.0.1:" + sts.port());
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  static AssumeRoleRequest assumeRole(MockSts sts, String roleArn, String sessionName) {
    AssumeRoleRequest request = at(sts, new AssumeRoleRequest());
    request.setRoleArn(roleArn);
    request.setRoleSessionName(sessionName);
    return request;
  }

  static GetCallerIdentityRequest getCallerIdentity(MockSts sts) {
    return at(sts, new GetCallerIdentityRequest());
  }

  /** Asks for an XML response: the SDK then sends {@code Format=XML} and parses XML. */
  static <T extends AcsRequest<?>> T xml(T request) {
    request.setSysAcceptFormat(FormatType.XML);
    return request;
  }
}
