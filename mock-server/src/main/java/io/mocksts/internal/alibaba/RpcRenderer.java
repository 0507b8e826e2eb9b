package io.mocksts.internal.alibaba;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.mocksts.internal.http.StsResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes RPC responses (Alibaba responses and errors,
 * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E8%BF%94%E5%9B%9E%E7%BB%93%E6%9E%9C.md):
 * a success body is the flat result object in JSON, or the same fields under {@code
 * <ActionResponse>} in XML; an error body carries {@code RequestId}, {@code HostId}, {@code Code},
 * {@code Message} and {@code Recommend}, under {@code <Error>} in XML.
 */
final class RpcRenderer {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final XmlMapper XML =
      XmlMapper.builder().enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION).build();

  private RpcRenderer() {}

  static StsResponse success(ResponseFormat format, String action, Map<String, Object> body) {
    return render(200, format, action + "Response", body);
  }

  static StsResponse error(
      ResponseFormat format, AlibabaException error, String requestId, String hostId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("HostId", hostId);
    body.put("Code", error.code());
    body.put("Message", error.getMessage());
    body.put(
        "Recommend",
        "https://api.aliyun.com/troubleshoot?q="
            + error.code()
            + "&product=Sts&requestId="
            + requestId);
    return render(error.status(), format, "Error", body);
  }

  private static StsResponse render(
      int status, ResponseFormat format, String root, Map<String, Object> body) {
    try {
      String text =
          switch (format) {
            case JSON -> JSON.writeValueAsString(body);
            case XML -> {
              ObjectWriter writer = XML.writer().withRootName(root);
              yield writer.writeValueAsString(body);
            }
          };
      return StsResponse.of(status, format.contentType(), text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render a response", e);
    }
  }
}
