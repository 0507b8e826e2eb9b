package io.mocksts.internal.saml;

import io.mocksts.internal.saml.SamlRejection.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.schema.XSAny;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.schema.XSURI;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.Response;
import org.w3c.dom.Document;

/**
 * What the checks after S2 look at: the parsed document and its Response, the vendor's profile, the
 * IdP registered for the requested provider, the requested role pair, and the instant of the STS
 * clock at which the pipeline runs (the one "now" every time check uses).
 */
final class SamlInput {

  private final SamlProfile profile;
  private final TrustedIdp idp;
  private final RolePair requested;
  private final Instant now;
  private final Document document;
  private final Response response;
  private Map<String, List<String>> attributes;

  SamlInput(
      SamlProfile profile,
      TrustedIdp idp,
      RolePair requested,
      Instant now,
      Document document,
      Response response) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.idp = Objects.requireNonNull(idp, "idp");
    this.requested = Objects.requireNonNull(requested, "requested");
    this.now = Objects.requireNonNull(now, "now");
    this.document = Objects.requireNonNull(document, "document");
    this.response = Objects.requireNonNull(response, "response");
  }

  SamlProfile profile() {
    return profile;
  }

  TrustedIdp idp() {
    return idp;
  }

  RolePair requested() {
    return requested;
  }

  Instant now() {
    return now;
  }

  Document document() {
    return document;
  }

  Response response() {
    return response;
  }

  /** The one Assertion; only after S3 has found exactly one. */
  Assertion assertion() {
    return response.getAssertions().get(0);
  }

  /** Every attribute of the assertion by name, values as text, in document order. */
  Map<String, List<String>> attributes() {
    if (attributes == null) {
      attributes = readAttributes(assertion());
    }
    return attributes;
  }

  /** An instant that must not be later than now plus the clock skew. */
  Optional<SamlRejection> notInTheFuture(Instant instant, String what) {
    if (instant.isAfter(now.plus(profile.clockSkew()))) {
      return SamlCheck.fail(
          Reason.NOT_YET_VALID, what + " " + instant + " is later than now " + now);
    }
    return SamlCheck.pass();
  }

  /** A NotOnOrAfter that must be later than now minus the clock skew. */
  Optional<SamlRejection> notExpired(Instant notOnOrAfter, String what) {
    if (!notOnOrAfter.isAfter(now.minus(profile.clockSkew()))) {
      return SamlCheck.fail(
          Reason.EXPIRED, what + " " + notOnOrAfter + " has passed (now " + now + ")");
    }
    return SamlCheck.pass();
  }

  private static Map<String, List<String>> readAttributes(Assertion assertion) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (AttributeStatement statement : assertion.getAttributeStatements()) {
      for (Attribute attribute : statement.getAttributes()) {
        if (attribute.getName() == null) {
          continue;
        }
        List<String> values =
            attributes.computeIfAbsent(attribute.getName(), n -> new ArrayList<>());
        for (XMLObject value : attribute.getAttributeValues()) {
          values.add(text(value));
        }
      }
    }
    return attributes;
  }

  /** Text of an AttributeValue: typed {@code xs:string}, untyped (XSAny) or any other type. */
  private static String text(XMLObject value) {
    String text;
    if (value instanceof XSString s) {
      text = s.getValue();
    } else if (value instanceof XSAny any) {
      text = any.getTextContent();
    } else if (value instanceof XSURI uri) {
      text = uri.getURI();
    } else {
      text = value.getDOM() == null ? null : value.getDOM().getTextContent();
    }
    return text == null ? "" : text;
  }
}
