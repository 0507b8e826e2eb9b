package io.mocksts.compat.chains;

import com.aliyun.credentials.Client;
import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.EcsRamRoleCredentialProvider;
import com.aliyun.credentials.provider.OIDCRoleArnCredentialProvider;

/**
 * An application using credentials-java 1.0.3 unmodified: {@code default} is {@code new Client()}
 * (the default provider chain: system properties, environment, OIDC, CLI profile, profile, ECS RAM
 * role, credentials URI); {@code ecs} is {@code EcsRamRoleCredentialProvider.builder().build()};
 * {@code rrsa ENDPOINT} is the OIDC provider the chain builds from the RRSA variables, with only
 * its endpoint set.
 */
public final class AlibabaChainApp {

  private AlibabaChainApp() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "default" -> {
        Client client = new Client();
        CredentialModel credential = client.getCredential();
        print(credential);
      }
      case "ecs" -> {
        EcsRamRoleCredentialProvider provider = EcsRamRoleCredentialProvider.builder().build();
        try {
          CredentialModel credential = provider.getCredentials();
          print(credential);
        } finally {
          provider.close();
        }
      }
      case "rrsa" -> {
        // The RRSA variables only; the one line an app changes is the endpoint (args[1]), as the
        // default chain's OIDC provider can only call https://sts[.<region>].aliyuncs.com:443.
        OIDCRoleArnCredentialProvider provider =
            OIDCRoleArnCredentialProvider.builder().STSEndpoint(args[1]).build();
        try {
          CredentialModel credential = provider.getCredentials();
          print(credential);
        } finally {
          provider.close();
        }
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void print(CredentialModel credential) {
    System.out.println("probe.accessKeyId=" + credential.getAccessKeyId());
    System.out.println("probe.accessKeySecret=" + credential.getAccessKeySecret());
    System.out.println("probe.securityToken=" + credential.getSecurityToken());
    System.out.println("probe.type=" + credential.getType());
    System.out.println("probe.expiration=" + credential.getExpiration());
  }
}
