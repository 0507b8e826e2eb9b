package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Encoding;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.Limit;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.InMemoryRequestJournalStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mocksts.internal.http.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * WireMock's stores with a request journal that keeps only masked, bounded copies: what {@code GET
 * /__admin/requests}, near-miss listings and {@code WireMockServer.getAllServeEvents()} return
 * holds no signature, token, minted secret, SAML assertion or OIDC token, and no body beyond {@link
 * Redaction#MAX_BODY_BYTES}. The request being answered is untouched; only the copy kept afterwards
 * is masked.
 */
final class RedactedJournal extends DefaultStores {

  private final RequestJournalStore journal = new Store();

  RedactedJournal(FileSource root) {
    super(root);
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }

  /** The masked copy of a serve event: what a reader of the journal gets. */
  static ServeEvent copyOf(ServeEvent event) {
    LoggedRequest maskedRequest = LoggedRequest.createFrom(new MaskedRequest(event.getRequest()));
    LoggedResponse response = event.getResponse();
    byte[] answered = response == null ? null : response.getBody();
    byte[] maskedAnswer = answered == null ? null : Redaction.body(answered, null);
    ResponseDefinition definition = event.getResponseDefinition();
    byte[] defined = definition == null ? null : definition.getByteBody();
    if (defined != null && defined.length > 0) {
      byte[] masked =
          Arrays.equals(defined, answered) ? maskedAnswer : Redaction.body(defined, null);
      definition =
          ResponseDefinitionBuilder.like(definition)
              .withBody(new String(masked, StandardCharsets.UTF_8))
              .build();
    }
    if (response != null) {
      response =
          LoggedResponse.from(
              Response.response()
                  .status(response.getStatus())
                  .headers(response.getHeaders())
                  .body(maskedAnswer)
                  .fault(response.getFault())
                  .build(),
              Limit.UNLIMITED);
    }
    return new ServeEvent(
        event.getId(),
        maskedRequest,
        event.getStubMapping(),
        definition,
        response,
        event.getWasMatched(),
        event.getTiming(),
        new java.util.LinkedList<>(event.getSubEvents()));
  }

  /**
   * The masked copy, or {@code null} should masking ever fail on an odd request: the journal never
   * keeps an unmasked request and never fails a call (such an event is left out).
   */
  private static ServeEvent safeCopyOf(ServeEvent event) {
    try {
      return copyOf(event);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The in-memory journal store. Events are kept as WireMock recorded them unless their bodies are
   * larger than {@link Redaction#MAX_BODY_BYTES} (those are masked and cut when they are stored),
   * and every read answers masked copies: whatever lists or matches the journal sees no secret, and
   * answering a call costs no masking.
   */
  private static final class Store implements RequestJournalStore {
    private final InMemoryRequestJournalStore delegate = new InMemoryRequestJournalStore();

    @Override
    public Stream<ServeEvent> getAll() {
      return delegate.getAll().map(RedactedJournal::safeCopyOf).filter(Objects::nonNull);
    }

    @Override
    public void add(ServeEvent event) {
      ServeEvent bounded = bounded(event);
      if (bounded != null) {
        delegate.add(bounded);
      }
    }

    @Override
    public void removeLast() {
      delegate.removeLast();
    }

    @Override
    public Stream<UUID> getAllKeys() {
      return delegate.getAllKeys();
    }

    @Override
    public Optional<ServeEvent> get(UUID key) {
      return delegate.get(key).map(RedactedJournal::safeCopyOf);
    }

    @Override
    public void put(UUID key, ServeEvent content) {
      ServeEvent bounded = bounded(content);
      if (bounded != null) {
        delegate.put(key, bounded);
      } else {
        delegate.remove(key);
      }
    }

    @Override
    public void remove(UUID key) {
      delegate.remove(key);
    }

    @Override
    public void clear() {
      delegate.clear();
    }

    /** The event itself, or its masked copy when a body is too large to keep. */
    private static ServeEvent bounded(ServeEvent event) {
      byte[] request = event.getRequest().getBody();
      byte[] response = event.getResponse() == null ? null : event.getResponse().getBody();
      boolean large =
          (request != null && request.length > Redaction.MAX_BODY_BYTES)
              || (response != null && response.length > Redaction.MAX_BODY_BYTES);
      return large ? safeCopyOf(event) : event;
    }
  }

  /**
   * A request seen through {@link Redaction}: masked URL, headers and body; no cookies, no parts.
   */
  private static final class MaskedRequest extends RequestWrapper {
    private final Request delegate;
    private final byte[] body;

    MaskedRequest(Request delegate) {
      super(delegate);
      this.delegate = delegate;
      this.body = Redaction.body(delegate.getBody(), delegate.getHeader("Content-Type"));
    }

    @Override
    public String getUrl() {
      return Redaction.url(delegate.getUrl());
    }

    @Override
    public String getAbsoluteUrl() {
      return Redaction.url(delegate.getAbsoluteUrl());
    }

    @Override
    public HttpHeaders getHeaders() {
      List<HttpHeader> headers = new ArrayList<>();
      for (HttpHeader header : delegate.getHeaders().all()) {
        headers.add(
            Redaction.secretHeader(header.key())
                ? new HttpHeader(header.key(), Redaction.MASK)
                : header);
      }
      return new HttpHeaders(headers);
    }

    @Override
    public String getHeader(String key) {
      return Redaction.secretHeader(key)
          ? masked(delegate.getHeader(key))
          : delegate.getHeader(key);
    }

    @Override
    public HttpHeader header(String key) {
      return getHeaders().getHeader(key);
    }

    @Override
    public Map<String, Cookie> getCookies() {
      return Map.of();
    }

    @Override
    public Map<String, FormParameter> formParameters() {
      return Map.of();
    }

    @Override
    public byte[] getBody() {
      return body;
    }

    @Override
    public String getBodyAsString() {
      return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String getBodyAsBase64() {
      return body == null ? null : Encoding.encodeBase64(body);
    }

    @Override
    public Collection<Part> getParts() {
      return null;
    }

    @Override
    public boolean isMultipart() {
      return false;
    }

    @Override
    public Optional<Request> getOriginalRequest() {
      return Optional.empty();
    }

    private static String masked(String value) {
      return value == null ? null : Redaction.MASK;
    }
  }
}
