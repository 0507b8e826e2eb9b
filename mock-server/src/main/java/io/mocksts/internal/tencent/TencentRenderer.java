package io.mocksts.internal.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.internal.http.StsResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the API 3.0 envelope (Tencent API 3.0 responses,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md;
 * Tencent API 3.0 error envelope,
 * https://github.com/tencentyun/intlcloud-documents/blob/02ec31c2626e/API/API%203.0/CDN%E4%B8%8E%E5%8A%A0%E9%80%9F/%E5%86%85%E5%AE%B9%E5%88%86%E5%8F%91%E7%BD%91%E7%BB%9C/%E8%B0%83%E7%94%A8%E6%96%B9%E5%BC%8F/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md;
 * Tencent SDK error handling,
 * https://github.com/TencentCloud/tencentcloud-sdk-java/blob/970d68bd0f0d/src/main/java/com/tencentcloudapi/common/AbstractClient.java):
 * {@code {"Response":{...,"RequestId"}}}, errors as {@code Response.Error{Code,Message}}, always
 * HTTP 200.
 */
final class TencentRenderer {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private TencentRenderer() {}

  static StsResponse success(Map<String, Object> fields, String requestId) {
    Map<String, Object> response = new LinkedHashMap<>(fields);
    response.put("RequestId", requestId);
    return render(response);
  }

  static StsResponse error(TencentException e, String language, String requestId) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("Code", e.error().code());
    error.put("Message", e.message(language));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("Error", error);
    response.put("RequestId", requestId);
    return render(response);
  }

  private static StsResponse render(Map<String, Object> response) {
    String body;
    try {
      body = JSON.writeValueAsString(Map.of("Response", response));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render a response", e);
    }
    return StsResponse.of(200, "application/json", body);
  }
}
