package io.mocksts.internal.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mocksts.internal.http.StsResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the API 3.0 envelope (tencent-sts.md §3.1–3.3): {@code {"Response":{...,"RequestId"}}},
 * errors as {@code Response.Error{Code,Message}}, always HTTP 200.
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
