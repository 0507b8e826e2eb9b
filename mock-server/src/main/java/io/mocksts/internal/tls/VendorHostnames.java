package io.mocksts.internal.tls;

import io.mocksts.internal.tencent.TencentProtocol;
import java.util.ArrayList;
import java.util.List;

/**
 * The vendor host names the HTTPS certificate is valid for, so that an unmodified client whose
 * hosts file or DNS points them at the mock reaches it over TLS.
 *
 * <p>No wildcard: a certificate name {@code *.aliyuncs.com} matches one label only (RFC 6125
 * §6.4.3), so it would cover {@code sts.aliyuncs.com} but not {@code sts.cn-hangzhou.aliyuncs.com},
 * and {@code *.*.aliyuncs.com} is accepted by no client. Every documented name is listed instead.
 */
public final class VendorHostnames {

  private VendorHostnames() {}

  /**
   * Alibaba Cloud STS: the regions of the STS endpoint page, each with its public endpoint {@code
   * sts.<RegionId>.aliyuncs.com} (Alibaba Cloud STS API reference, endpoints,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%8E%A5%E5%85%A5%E5%9C%B0%E5%9D%80.md),
   * and, where the page lists one, its VPC endpoint {@code sts-vpc.<RegionId>.aliyuncs.com}.
   */
  public static final List<String> ALIBABA_REGIONS =
      List.of(
          "cn-hangzhou",
          "cn-shanghai",
          "cn-shenzhen",
          "cn-heyuan",
          "cn-qingdao",
          "cn-beijing",
          "cn-zhangjiakou",
          "cn-huhehaote",
          "cn-wulanchabu",
          "cn-chengdu",
          "cn-hongkong",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-3",
          "ap-southeast-5",
          "ap-northeast-1",
          "us-west-1",
          "us-east-1",
          "eu-central-1",
          "eu-west-1",
          "ap-south-1",
          "me-east-1");

  /** The Alibaba regions of the endpoint page that have no VPC endpoint. */
  private static final List<String> ALIBABA_PUBLIC_ONLY =
      List.of("cn-heyuan", "cn-qingdao", "me-east-1");

  /**
   * Tencent Cloud STS: the regions the {@code Region} parameter of AssumeRole accepts (Tencent
   * Cloud STS API: AssumeRole, https://cloud.tencent.com/document/product/598/33164), each with
   * {@code sts.<region>.tencentcloudapi.com}, the API 3.0 regional host form (Tencent Cloud API
   * 3.0: request structure,
   * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%AF%B7%E6%B1%82%E7%BB%93%E6%9E%84.md).
   */
  public static final List<String> TENCENT_REGIONS = TencentProtocol.REGIONS;

  /** The Alibaba names: {@code sts.aliyuncs.com}, then the regional and VPC endpoints. */
  public static List<String> alibaba() {
    List<String> names = new ArrayList<>();
    names.add("sts.aliyuncs.com");
    for (String region : ALIBABA_REGIONS) {
      names.add("sts." + region + ".aliyuncs.com");
      if (!ALIBABA_PUBLIC_ONLY.contains(region)) {
        names.add("sts-vpc." + region + ".aliyuncs.com");
      }
    }
    return List.copyOf(names);
  }

  /**
   * The Tencent names: {@code sts.tencentcloudapi.com}, the international site's {@code
   * sts.intl.tencentcloudapi.com} (Tencent Cloud STS API: AssumeRoleWithSAML, international site,
   * https://www.tencentcloud.com/document/product/1150/49455), then the regional endpoints.
   */
  public static List<String> tencent() {
    List<String> names = new ArrayList<>();
    names.add("sts.tencentcloudapi.com");
    names.add("sts.intl.tencentcloudapi.com");
    for (String region : TENCENT_REGIONS) {
      names.add("sts." + region + ".tencentcloudapi.com");
    }
    return List.copyOf(names);
  }

  /** Both vendors' names. */
  public static List<String> all() {
    List<String> names = new ArrayList<>(alibaba());
    names.addAll(tencent());
    return List.copyOf(names);
  }
}
