package io.mocksts.internal.wiremock;

import io.mocksts.internal.core.InstanceRole;
import io.mocksts.internal.core.MetadataTokens;
import io.mocksts.internal.core.SessionTokens;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import io.mocksts.internal.http.VendorProtocol;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How the instance metadata services are set up: the role each vendor's instance carries (empty:
 * {@code mock-role} of the main account) and whether Alibaba's IMDSv2 session token is required.
 *
 * @param alibabaRole the RAM role of the ECS instance and the credentials URI's default
 * @param tencentRole the CAM role of the CVM instance
 * @param tokenRequired whether ECS credentials are served only with a session token
 */
public record InstanceMetadataSettings(
    Optional<String> alibabaRole, Optional<String> tencentRole, boolean tokenRequired) {

  public static InstanceMetadataSettings defaults() {
    return new InstanceMetadataSettings(Optional.empty(), Optional.empty(), false);
  }

  /** The vendors' metadata services over one world, token service and clock. */
  static List<VendorProtocol> services(
      World world, SessionTokens tokens, Clock clock, InstanceMetadataSettings settings) {
    Optional<InstanceRole> alibaba =
        InstanceRole.resolve(world, Vendor.ALIBABA, settings.alibabaRole());
    Optional<InstanceRole> tencent =
        InstanceRole.resolve(world, Vendor.TENCENT, settings.tencentRole());
    return List.of(
        new io.mocksts.internal.alibaba.InstanceMetadata(
            world, tokens, new MetadataTokens(clock), clock, alibaba, settings.tokenRequired()),
        new io.mocksts.internal.tencent.InstanceMetadata(tokens, clock, tencent));
  }
}
