package io.mocksts.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.mocksts.internal.core.PolicyGrammar.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyGrammarTest {

  /**
   * The example of Alibaba AssumeRole reference,
   * https://github.com/AlibabaCloudDocs/ram/blob/20c6e869/cn.zh-CN/API%E5%8F%82%E8%80%83/API%20%E5%8F%82%E8%80%83%EF%BC%88STS%EF%BC%89/%E6%93%8D%E4%BD%9C%E6%8E%A5%E5%8F%A3/AssumeRole.md,
   * verbatim.
   */
  private static final String DOC_EXAMPLE =
      "{\"Statement\": [{\"Action\": [\"*\"],\"Effect\": \"Allow\",\"Resource\": [\"*\"]}],"
          + "\"Version\":\"1\"}";

  @Test
  void whenPolicyIsTheDocumentedExampleThenItIsAccepted() {
    assertThat(PolicyGrammar.accepts(DOC_EXAMPLE, Dialect.ALIBABA)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"oss:*\","
            + "\"Resource\":\"acs:oss:*:*:bucket/*\"}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":[\"ram:*\"],"
            + "\"NotResource\":[\"acs:ram:*:*:*\"]}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecs:Describe*\","
            + "\"ecs:List*\"],\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"acs:SourceIp\":"
            + "[\"10.0.0.0/8\",\"192.168.0.1\"]},\"Bool\":{\"acs:SecureTransport\":true}}}]}",
        "  {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]}  \n",
      })
  void whenPolicyIsAGrammaticalRamPolicyThenItIsAccepted(String policy) {
    assertThat(PolicyGrammar.accepts(policy, Dialect.ALIBABA)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | Statement: everything",
        "a JSON array | [" + "{\"Version\":\"1\"}" + "]",
        "JSON null | null",
        "trailing garbage | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]} x",
        "a second document | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\"}]}{}",
        "wrong Version | {\"Version\":\"2\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]}",
        "numeric Version | {\"Version\":1,\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]}",
        "missing Version | {\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]}",
        "empty Statement | {\"Version\":\"1\",\"Statement\":[]}",
        "missing Statement | {\"Version\":\"1\"}",
        "Statement not a list | {\"Version\":\"1\",\"Statement\":{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\"}}",
        "missing Effect | {\"Version\":\"1\",\"Statement\":[{\"Action\":\"*\",\"Resource\":\"*\"}]}",
        "lower-case allow | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]}",
        "unknown Effect | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Audit\",\"Action\":\"*\","
            + "\"Resource\":\"*\"}]}",
        "Action and NotAction | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"NotAction\":\"ram:*\",\"Resource\":\"*\"}]}",
        "neither Action nor NotAction | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Resource\":\"*\"}]}",
        "missing Resource | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\"}]}",
        "Resource and NotResource | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"NotResource\":\"*\"}]}",
        "Principal present | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"Principal\":{\"RAM\":\"*\"}}]}",
        "non-string action | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[1],\"Resource\":\"*\"}]}",
        "empty action list | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[],\"Resource\":\"*\"}]}",
        "empty action string | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"\",\"Resource\":\"*\"}]}",
        "unknown top-level key | {\"Version\":\"1\",\"Id\":\"x\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\"}]}",
        "unknown statement key | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"Sid\":\"x\"}]}",
        "statement not an object | {\"Version\":\"1\",\"Statement\":[\"Allow\"]}",
        "Condition not an object | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":\"x\"}]}",
        "empty Condition | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{}}]}",
        "Condition operator not an object | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":[\"x\"]}}]}",
        "Condition value an object | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"k\":{}}}}]}",
        "Condition list holds an object | {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"k\":[{}]}}}]}",
        "Tencent dialect | {\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\","
            + "\"action\":[\"*\"],\"resource\":[\"*\"]}]}",
      })
  void whenPolicyBreaksTheRamGrammarThenItIsRejected(String mistake, String policy) {
    assertThat(PolicyGrammar.accepts(policy, Dialect.ALIBABA)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":[\"cos:GetObject\"],"
            + "\"resource\":[\"*\"]}]}",
        "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"deny\",\"not_action\":\"cam:*\","
            + "\"not_resource\":\"*\",\"condition\":{\"ip_equal\":{\"qcs:ip\":\"10.0.0.0/8\"}}}]}",
      })
  void whenPolicyIsAGrammaticalCamPolicyThenTheTencentDialectAcceptsIt(String policy) {
    assertThat(PolicyGrammar.accepts(policy, Dialect.TENCENT)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        DOC_EXAMPLE,
        "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"Allow\",\"action\":\"*\","
            + "\"resource\":\"*\"}]}",
        "{\"version\":\"1\",\"statement\":[{\"effect\":\"allow\",\"action\":\"*\","
            + "\"resource\":\"*\"}]}",
        "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"action\":\"*\","
            + "\"resource\":\"*\",\"principal\":{\"qcs\":\"*\"}}]}",
      })
  void whenPolicyBreaksTheCamGrammarThenTheTencentDialectRejectsIt(String policy) {
    assertThat(PolicyGrammar.accepts(policy, Dialect.TENCENT)).isFalse();
  }
}
