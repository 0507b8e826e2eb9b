package io.mocksts.compat.chains;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.provider.CvmRoleCredential;
import com.tencentcloudapi.common.provider.DefaultCredentialsProvider;

/**
 * An application using the Tencent Java SDK 3.1.678 unmodified: {@code default} is {@code new
 * DefaultCredentialsProvider().getCredentials()} (environment, profile file, CVM role); {@code cvm}
 * is {@code new CvmRoleCredential()}.
 */
public final class TencentChainApp {

  private TencentChainApp() {}

  public static void main(String[] args) throws Exception {
    Credential credential =
        switch (args[0]) {
          case "default" -> new DefaultCredentialsProvider().getCredentials();
          case "cvm" -> new CvmRoleCredential();
          default -> throw new IllegalArgumentException(args[0]);
        };
    System.out.println("probe.secretId=" + credential.getSecretId());
    System.out.println("probe.secretKey=" + credential.getSecretKey());
    System.out.println("probe.token=" + credential.getToken());
    System.out.println("probe.class=" + credential.getClass().getSimpleName());
  }
}
