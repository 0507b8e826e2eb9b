package io.mocksts.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a target answered, whichever vendor's protocol it spoke: the steps that read fields, shapes
 * and statuses work on this view. A vendor decides what "succeeded" means and where its fields live
 * (Alibaba: the body's top level; Tencent: inside {@code Response}).
 */
public interface Reply {

  /** The HTTP status. */
  int status();

  /** The Content-Type header, or empty. */
  String contentType();

  /** The body text. */
  String body();

  /** The JSON body; fails the step when the body is not JSON. */
  JsonNode json();

  /** A field by dotted path ({@code Credentials.Token}, {@code IdKeys.0.SecretId}). */
  Optional<String> field(String path);

  /** The error code of a failed call. */
  Optional<String> errorCode();

  /** Whether the vendor's protocol says the call succeeded. */
  boolean succeeded();

  /** The body, cut to a length fit for an assertion message. */
  String abbreviated();
}
