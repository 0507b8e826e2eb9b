package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Encoding;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.InMemoryRequestJournalStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mocksts.internal.http.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /** The masked copy of a serve event that the journal keeps. */
  static ServeEvent copyOf(ServeEvent event) {
    LoggedRequest request = LoggedRequest.createFrom(new MaskedRequest(event.getRequest()));
    ResponseDefinition definition = event.getResponseDefinition();
    byte[] definedBody = definition == null ? null : definition.getByteBody();
    if (definedBody != null && definedBody.length > 0) {
      definition =
          ResponseDefinitionBuilder.like(definition)
              .withBody(new String(Redaction.body(definedBody, null), StandardCharsets.UTF_8))
              .build();
    }
    LoggedResponse response = event.getResponse();
    if (response != null) {
      response =
          new LoggedResponse(
              response.getStatus(),
              response.getHeaders(),
              Encoding.encodeBase64(
                  Redaction.body(response.getBody(), contentType(response.getHeaders()))),
              response.getFault(),
              null);
    }
    return new ServeEvent(
        event.getId(),
        request,
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

  private static String contentType(HttpHeaders headers) {
    if (headers == null) {
      return null;
    }
    HttpHeader type = headers.getHeader("Content-Type");
    return type.isPresent() ? type.firstValue() : null;
  }

  /** The in-memory journal store, fed masked copies. */
  private static final class Store implements RequestJournalStore {
    private final InMemoryRequestJournalStore delegate = new InMemoryRequestJournalStore();

    @Override
    public Stream<ServeEvent> getAll() {
      return delegate.getAll();
    }

    @Override
    public void add(ServeEvent event) {
      ServeEvent copy = safeCopyOf(event);
      if (copy != null) {
        delegate.add(copy);
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
      return delegate.get(key);
    }

    @Override
    public void put(UUID key, ServeEvent content) {
      ServeEvent copy = safeCopyOf(content);
      if (copy != null) {
        delegate.put(key, copy);
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
