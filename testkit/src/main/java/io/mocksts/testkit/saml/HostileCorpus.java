package io.mocksts.testkit.saml;

import io.mocksts.idp.SamlResponseBuilder;
import io.mocksts.idp.SamlResponseBuilder.Signing;
import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.IdpMetadata;
import io.mocksts.internal.saml.OpenSaml;
import io.mocksts.internal.saml.RolePair;
import io.mocksts.internal.saml.SamlProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.opensaml.saml.saml2.core.ProxyRestriction;
import org.opensaml.saml.saml2.core.StatusCode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The hostile-assertion corpus of issue 5: recipes as data. Each recipe forges one variant from a
 * valid Response of the test IdP (or mints a special one with the IdP key) and names what a
 * validating STS must answer: a {@link Refusal}, or acceptance for the controls a correct validator
 * accepts (KI3, CI1, NS1, TI3) and the plain positive controls (every negative case needs a twin
 * control from the same generator).
 *
 * <p>The attacks come from the public literature: XML Signature Wrapping (Somorovsky et al., "On
 * Breaking SAML", USENIX Security 2012,
 * https://www.usenix.org/conference/usenixsecurity12/technical-sessions/presentation/somorovsky;
 * the XSW1–XSW8 recipes of SAML Raider,
 * https://github.com/CompassSecurity/SAMLRaider/blob/master/src/main/java/helpers/XSWHelpers.java),
 * comment injection (Duo Labs, CVE-2017-11427 and related,
 * https://duo.com/blog/duo-finds-saml-vulnerabilities-affecting-multiple-implementations), XML
 * parser attacks (OWASP XXE Prevention Cheat Sheet,
 * https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html;
 * parser differentials, CVE-2025-25291/25292,
 * https://github.blog/security/sign-in-as-anyone-bypassing-saml-sso-authentication-with-parser-differentials/),
 * signature rules of XML Signature 1.1 (https://www.w3.org/TR/xmldsig-core1/) and the assertion
 * rules of SAML 2.0 core and profiles
 * (https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf,
 * https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf).
 *
 * <p>IDs are an attack-family prefix and a number (SX1, TM1, KI1, XSW1, XX1, RF1, AL1, TI1, AU1,
 * ...); recipes added here use the same family prefixes. {@link Recipe#needsIdpKey()} tells whether
 * the variant can be derived from one captured valid Response (so a kit can run it against a live
 * STS too) or needs the IdP's key to mint.
 *
 * <p>Techniques published later have their own families, each recipe naming its advisory: signed
 * metadata offered as or inside a Response (MD, GitHub Enterprise Server CVE-2024-6800), two
 * SignedInfo and a comment in DigestValue (SI, DV, xml-crypto CVE-2025-29774 / CVE-2025-29775),
 * processing instructions in signed text (PI, OneUptime 2025), canonicalization differentials with
 * harmless twins (CZ, ruby-saml CVE-2025-66567 / CVE-2025-66568), and the binding of key and Issuer
 * to the provider the request names (XP, SimpleSAMLphp CVE-2026-49283; these use the second IdP,
 * see {@link Recipe#secondProvider()}).
 */
public final class HostileCorpus {

  private HostileCorpus() {}

  /**
   * What a recipe needs: the vendor, the IdP (and an impostor), the role the request names, and a
   * second IdP that the same account registers as another SAML provider with its own key.
   *
   * @param roleArn the role the request names: of the first provider, or of the second one for a
   *     recipe that is {@link Recipe#secondProvider() presented to the second provider}
   */
  public record Context(
      String vendor,
      TestIdp idp,
      TestIdp attacker,
      String roleArn,
      String providerArn,
      TestIdp second) {

    /** The vendor's SAML profile: its audiences, recipients and attribute names. */
    SamlProfile profile() {
      return SamlProfile.forVendor(vendor);
    }

    RolePair role() {
      return new RolePair(roleArn, providerArn);
    }

    /** A valid Response: the requested role, session name {@code alice}, Assertion signed. */
    public SamlResponseBuilder valid() {
      return idp.response(vendor).role(roleArn, providerArn).sessionName("alice");
    }

    /** The same, signed by the attacker's key (with the attacker's certificate in KeyInfo). */
    SamlResponseBuilder signedByAttacker() {
      return attacker.response(vendor).role(roleArn, providerArn).sessionName("alice");
    }

    Instant now() {
      return idp.clock().instant();
    }
  }

  /** Forges one variant: the value to send as {@code SAMLAssertion}. */
  @FunctionalInterface
  public interface Forger {
    String forge(Context context);
  }

  /**
   * One hostile (or control) variant.
   *
   * @param id a short stable name, e.g. {@code XSW3}
   * @param family the attack family (the section headings below)
   * @param description what the recipe does
   * @param needsIdpKey whether it must be minted with the IdP key (else it derives from a captured
   *     valid Response)
   * @param expected the reason to reject with, or empty for "accept"
   * @param perVendor expectations that differ by vendor (key: the vendor, {@code alibaba} or {@code
   *     tencent})
   * @param vendors the vendors it applies to; empty for all
   * @param replayed whether the harness submits the same value once before (and expects that first
   *     use to be accepted)
   * @param secondProvider whether the request names the account's second SAML provider ({@code
   *     mock-second-idp}) and a role that trusts it, so that the STS checks the Response against
   *     that provider's metadata; otherwise the first ({@code mock-idp})
   * @param forger the forging step
   */
  public record Recipe(
      String id,
      String family,
      String description,
      boolean needsIdpKey,
      Optional<Refusal> expected,
      Map<String, Optional<Refusal>> perVendor,
      Set<String> vendors,
      boolean replayed,
      boolean secondProvider,
      Forger forger) {

    public Recipe {
      perVendor = Map.copyOf(perVendor);
      vendors = Set.copyOf(vendors);
    }

    /** The expected verdict for a vendor: a reason, or empty for "accept". */
    public Optional<Refusal> expectedFor(String vendor) {
      return perVendor.getOrDefault(vendor, expected);
    }

    /** Whether the recipe applies to a vendor ({@code alibaba} or {@code tencent}). */
    public boolean appliesTo(String vendor) {
      return vendors.isEmpty() || vendors.contains(vendor);
    }

    public String forge(Context context) {
      return forger.forge(context);
    }

    Recipe forVendor(String vendor, Optional<Refusal> verdict) {
      Map<String, Optional<Refusal>> copy = new HashMap<>(perVendor);
      copy.put(vendor, verdict);
      return new Recipe(
          id,
          family,
          description,
          needsIdpKey,
          expected,
          copy,
          vendors,
          replayed,
          secondProvider,
          forger);
    }

    Recipe only(String vendor) {
      return new Recipe(
          id,
          family,
          description,
          needsIdpKey,
          expected,
          perVendor,
          Set.of(vendor),
          replayed,
          secondProvider,
          forger);
    }

    Recipe withKey() {
      return new Recipe(
          id,
          family,
          description,
          true,
          expected,
          perVendor,
          vendors,
          replayed,
          secondProvider,
          forger);
    }

    Recipe presentedToSecondProvider() {
      return new Recipe(
          id,
          family,
          description,
          needsIdpKey,
          expected,
          perVendor,
          vendors,
          replayed,
          true,
          forger);
    }

    Recipe submittedTwice() {
      return new Recipe(
          id,
          family,
          description,
          needsIdpKey,
          expected,
          perVendor,
          vendors,
          true,
          secondProvider,
          forger);
    }
  }

  /** Every recipe, in catalogue order. */
  public static List<Recipe> recipes() {
    List<Recipe> all = new ArrayList<>();
    controls(all);
    signaturePresence(all);
    tampering(all);
    trust(all);
    wrapping(all);
    commentInjection(all);
    parser(all);
    references(all);
    algorithms(all);
    timeAndAudience(all);
    confirmation(all);
    attributes(all);
    encoding(all);
    signedMetadata(all);
    signatureShape(all);
    processingInstructions(all);
    canonicalization(all);
    providerBinding(all);
    return List.copyOf(all);
  }

  // ---- controls
  // -----------------------------------------------------------------------------

  private static void controls(List<Recipe> all) {
    all.add(accept("C1", "control", "valid, Assertion signed", c -> c.valid().toBase64()));
    all.add(
        accept(
                "C2",
                "control",
                "valid, only the Response signed",
                c -> c.valid().sign(Signing.RESPONSE).toBase64())
            .forVendor("alibaba", Optional.of(Refusal.UNSIGNED)));
    all.add(
        accept(
            "C3", "control", "valid, both signed", c -> c.valid().sign(Signing.BOTH).toBase64()));
  }

  // ---- presence, tampering, trust (XML Signature, SAML core §5)
  // -------------------------------------------------------

  private static void signaturePresence(List<Recipe> all) {
    all.add(
        captured(
            "SX1",
            "1.1 signature exclusion",
            "C1, Assertion signature deleted",
            Refusal.UNSIGNED,
            editValid(x -> XmlEdit.remove(XmlEdit.signatureOf(x.assertion())))));
    all.add(
        captured(
            "SX2",
            "1.1 signature exclusion",
            "C3, both signatures deleted",
            Refusal.UNSIGNED,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().sign(Signing.BOTH).toXml());
              x.stripSignatures();
              return x.base64();
            }));
    all.add(
        captured(
            "SX3",
            "1.1 signature exclusion",
            "C2, the only (Response) signature deleted",
            Refusal.UNSIGNED,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().sign(Signing.RESPONSE).toXml());
              XmlEdit.remove(XmlEdit.signatureOf(x.root()));
              return x.base64();
            }));
    all.add(
        minted(
            "SX4",
            "1.1 signature exclusion",
            "never signed",
            Refusal.UNSIGNED,
            c -> c.valid().sign(Signing.NONE).toBase64()));
  }

  private static void tampering(List<Recipe> all) {
    all.add(
        captured(
            "TM1",
            "1.1 tampering",
            "C1, NameID changed after signing",
            Refusal.BAD_SIGNATURE,
            editValid(x -> x.first(XmlEdit.SAML, "NameID").setTextContent("admin"))));
    all.add(
        captured(
            "TM2",
            "1.1 tampering",
            "C2, role attribute changed inside the signed Response",
            Refusal.BAD_SIGNATURE,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().sign(Signing.RESPONSE).toXml());
              x.first(XmlEdit.SAML, "AttributeValue").setTextContent(adminRole(c));
              return x.base64();
            }));
    all.add(
        captured(
            "TM3",
            "1.1 tampering",
            "C1, first character of SignatureValue flipped",
            Refusal.BAD_SIGNATURE,
            editValid(
                x -> {
                  Element value = x.first(XmlEdit.DS, "SignatureValue");
                  String text = value.getTextContent().trim();
                  value.setTextContent((text.charAt(0) == 'A' ? "B" : "A") + text.substring(1));
                })));
    all.add(
        captured(
            "TM4",
            "1.1 tampering",
            "C1, role attribute changed to another role",
            Refusal.BAD_SIGNATURE,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().toXml());
              x.first(XmlEdit.SAML, "AttributeValue").setTextContent(adminRole(c));
              return x.base64();
            }));
    all.add(
        captured(
            "TM5",
            "1.1 tampering",
            "C1, Conditions NotOnOrAfter extended by a day",
            Refusal.BAD_SIGNATURE,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().toXml());
              x.first(XmlEdit.SAML, "Conditions")
                  .setAttribute("NotOnOrAfter", c.now().plus(Duration.ofDays(1)).toString());
              return x.base64();
            }));
    all.add(
        captured(
            "TM6",
            "1.1 tampering",
            "C1, Audience changed after signing",
            Refusal.BAD_SIGNATURE,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().audiences(c.profile().audiences().get(0)).toXml());
              x.first(XmlEdit.SAML, "Audience")
                  .setTextContent(c.profile().audiences().get(0) + "x");
              return x.base64();
            }));
  }

  private static void trust(List<Recipe> all) {
    all.add(
        captured(
            "KI1",
            "1.1 trust",
            "signed with the attacker's key, attacker certificate in KeyInfo",
            Refusal.UNTRUSTED_KEY,
            c -> c.signedByAttacker().toBase64()));
    all.add(
        captured(
            "KI2",
            "1.1 trust",
            "C3 signed with the attacker's key",
            Refusal.UNTRUSTED_KEY,
            c -> c.signedByAttacker().sign(Signing.BOTH).toBase64()));
    all.add(
        accept(
            "KI3",
            "1.1 trust",
            "trusted signature, KeyInfo swapped to the attacker certificate (KeyInfo is unsigned)",
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().toXml());
              String attacker =
                  XmlEdit.of(c.signedByAttacker().toXml())
                      .first(XmlEdit.DS, "X509Certificate")
                      .getTextContent();
              x.first(XmlEdit.DS, "X509Certificate").setTextContent(attacker);
              return x.base64();
            }));
    all.add(
        captured(
            "KI4",
            "1.1 trust",
            "attacker signature, KeyInfo removed",
            Refusal.BAD_SIGNATURE,
            c -> {
              XmlEdit x = XmlEdit.of(c.signedByAttacker().toXml());
              XmlEdit.remove(x.first(XmlEdit.DS, "KeyInfo"));
              return x.base64();
            }));
    all.add(
        captured(
            "KI5",
            "1.1 trust",
            "attacker signature presenting the trusted certificate in KeyInfo",
            Refusal.BAD_SIGNATURE,
            c -> {
              XmlEdit x = XmlEdit.of(c.signedByAttacker().toXml());
              String trusted =
                  XmlEdit.of(c.valid().toXml())
                      .first(XmlEdit.DS, "X509Certificate")
                      .getTextContent();
              x.first(XmlEdit.DS, "X509Certificate").setTextContent(trusted);
              return x.base64();
            }));
  }

  // ---- wrapping (XSW) -----------------------------------------------------------------------

  private static void wrapping(List<Recipe> all) {
    Refusal count = Refusal.NOT_EXACTLY_ONE_ASSERTION;
    // Santuario >= 2.2.6 refuses unexpected children of ds:Signature while unmarshalling.
    Refusal unmarshal = Refusal.MALFORMED_SAML;
    all.add(
        captured(
            "XSW1",
            "1.2 wrapping",
            "C2, Response clone inside the Response signature, outer Response evil",
            unmarshal,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().sign(Signing.RESPONSE).toXml());
              Element clone = x.copy(x.root());
              XmlEdit.remove(XmlEdit.signatureOf(clone));
              XmlEdit.signatureOf(x.root()).appendChild(clone);
              x.root().setAttribute("ID", "_evil_response");
              XmlEdit.makeEvil(x.assertion());
              return x.base64();
            }));
    all.add(
        captured(
            "XSW2",
            "1.2 wrapping",
            "C2, Response clone before the signature, outer Response evil",
            count,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().sign(Signing.RESPONSE).toXml());
              Element clone = x.copy(x.root());
              XmlEdit.remove(XmlEdit.signatureOf(clone));
              x.root().insertBefore(clone, XmlEdit.signatureOf(x.root()));
              x.root().setAttribute("ID", "_evil_response");
              XmlEdit.makeEvil(x.assertion());
              return x.base64();
            }));
    all.add(
        captured(
            "XSW3",
            "1.2 wrapping",
            "C1, unsigned evil Assertion before the signed one",
            count,
            editValid(
                x -> {
                  Element original = x.assertion();
                  x.root().insertBefore(x.evilCopy(original, "_evil_assertion"), original);
                })));
    all.add(
        captured(
            "XSW4",
            "1.2 wrapping",
            "C1, evil Assertion replaces the original, which moves inside it",
            count,
            editValid(
                x -> {
                  Element original = x.assertion();
                  Element evil = x.evilCopy(original, "_evil_assertion");
                  x.root().replaceChild(evil, original);
                  evil.appendChild(original);
                })));
    all.add(
        captured(
            "XSW5",
            "1.2 wrapping",
            "C1, original edited in place (new ID, dangling signature), genuine copy appended",
            count,
            editValid(
                x -> {
                  Element original = x.assertion();
                  Element genuine = x.copy(original);
                  XmlEdit.remove(XmlEdit.signatureOf(genuine));
                  original.setAttribute("ID", "_evil_assertion");
                  XmlEdit.makeEvil(original);
                  x.root().appendChild(genuine);
                })));
    all.add(
        captured(
            "XSW6",
            "1.2 wrapping",
            "as XSW5, the genuine copy inside the evil Assertion's signature",
            unmarshal,
            editValid(
                x -> {
                  Element original = x.assertion();
                  Element genuine = x.copy(original);
                  XmlEdit.remove(XmlEdit.signatureOf(genuine));
                  original.setAttribute("ID", "_evil_assertion");
                  XmlEdit.makeEvil(original);
                  XmlEdit.signatureOf(original).appendChild(genuine);
                })));
    all.add(
        captured(
            "XSW7",
            "1.2 wrapping",
            "C1, evil copy with the same ID in samlp:Extensions before the signed Assertion",
            count,
            c -> xsw7(c, XmlEdit.SAMLP, "samlp:Extensions")));
    all.add(
        captured(
            "XSW7u",
            "1.2 wrapping",
            "as XSW7 with SAML Raider's un-namespaced Extensions",
            count,
            c -> xsw7(c, null, "Extensions")));
    all.add(
        captured(
            "XSW8",
            "1.2 wrapping",
            "C1, original edited in place (same ID), genuine copy in a ds:Object of its signature",
            count,
            c -> xsw8(c, XmlEdit.DS, "ds:Object")));
    all.add(
        captured(
            "XSW8u",
            "1.2 wrapping",
            "as XSW8 with SAML Raider's un-namespaced Object",
            unmarshal,
            c -> xsw8(c, null, "Object")));
    all.add(
        minted(
            "MA1",
            "1.2 wrapping",
            "two independently signed Assertions",
            count,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().toXml());
              Element second = XmlEdit.of(c.valid().nameId("bob").toXml()).assertion();
              x.root().appendChild(x.document.importNode(second, true));
              return x.base64();
            }));
    all.add(
        captured(
            "MA2",
            "1.2 wrapping",
            "C1 plus an appended unsigned evil Assertion (CVE-2022-41912 shape)",
            count,
            editValid(x -> x.root().appendChild(x.evilCopy(x.assertion(), "_evil_assertion")))));
    all.add(
        accept(
            "NS1",
            "1.10 namespaces",
            "an Assertion of a foreign namespace (same prefix) before the real one",
            editValid(
                x -> {
                  Element evil = x.element("urn:evil", "saml2:Assertion");
                  Element nameId = x.element("urn:evil", "saml2:NameID");
                  nameId.setTextContent("admin");
                  evil.appendChild(nameId);
                  x.root().insertBefore(evil, x.assertion());
                })));
  }

  private static String xsw7(Context c, String namespace, String name) {
    XmlEdit x = XmlEdit.of(c.valid().toXml());
    Element original = x.assertion();
    Element extensions = x.element(namespace, name);
    extensions.appendChild(x.evilCopy(original, null));
    x.root().insertBefore(extensions, original);
    return x.base64();
  }

  private static String xsw8(Context c, String namespace, String name) {
    XmlEdit x = XmlEdit.of(c.valid().toXml());
    Element original = x.assertion();
    Element genuine = x.copy(original);
    XmlEdit.remove(XmlEdit.signatureOf(genuine));
    XmlEdit.makeEvil(original);
    Element object = x.element(namespace, name);
    object.appendChild(genuine);
    XmlEdit.signatureOf(original).appendChild(object);
    return x.base64();
  }

  // ---- comments (Duo Labs, CVE-2017-11427)
  // -------------------------------------------------------------------------

  private static void commentInjection(List<Recipe> all) {
    all.add(
        accept(
            "CI1",
            "1.3 comment injection",
            "signed NameID victim@example.test.evil.test split by <!----> after signing; the"
                + " whole value must be read",
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().nameId("victim@example.test.evil.test").toXml());
              splitWithComment(x, x.first(XmlEdit.SAML, "NameID"), "victim@example.test".length());
              return x.base64();
            }));
    all.add(
        accept(
            "CI2",
            "1.3 comment injection",
            "signed role value split by <!----> before the provider ARN",
            editValid(
                x -> {
                  Element value = x.first(XmlEdit.SAML, "AttributeValue");
                  splitWithComment(x, value, value.getTextContent().indexOf(','));
                })));
  }

  private static void splitWithComment(XmlEdit x, Element element, int at) {
    splitWith(x, element, at, x.document.createComment(""));
  }

  private static void splitWith(XmlEdit x, Element element, int at, Node node) {
    String text = element.getTextContent();
    element.setTextContent("");
    element.appendChild(x.document.createTextNode(text.substring(0, at)));
    element.appendChild(node);
    element.appendChild(x.document.createTextNode(text.substring(at)));
  }

  // ---- parser (XXE, parser differentials)
  // -----------------------------------------------------------------------

  private static void parser(List<Recipe> all) {
    all.add(
        captured(
            "XX1",
            "1.4 parser",
            "XXE: external entity file:///etc/hostname in the NameID",
            Refusal.DOCTYPE,
            c ->
                XmlEdit.base64(
                    withDoctype(
                            c.valid().nameId("PLACEHOLDER").toXml(),
                            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>")
                        .replace(">PLACEHOLDER<", ">&x;<"))));
    all.add(
        captured(
            "XX2",
            "1.4 parser",
            "billion laughs, ten levels of ten",
            Refusal.DOCTYPE,
            c -> {
              StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
              for (int i = 1; i <= 10; i++) {
                dtd.append("<!ENTITY l").append(i).append(" \"");
                dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
              }
              String xml =
                  withDoctype(c.valid().nameId("PLACEHOLDER").toXml(), dtd.append("]>").toString());
              return XmlEdit.base64(xml.replace(">PLACEHOLDER<", ">&l10;<"));
            }));
    all.add(
        captured(
            "XX3",
            "1.4 parser",
            "a harmless internal DOCTYPE",
            Refusal.DOCTYPE,
            c -> XmlEdit.base64(withDoctype(c.valid().toXml(), "<!DOCTYPE saml2p:Response>"))));
    all.add(
        captured(
            "XX4",
            "1.4 parser",
            "DTD declaring another ID attribute (CVE-2025-23369 family)",
            Refusal.DOCTYPE,
            c ->
                XmlEdit.base64(
                    withDoctype(
                        c.valid().toXml(),
                        "<!DOCTYPE saml2p:Response [<!ATTLIST saml2:Assertion Evil ID #IMPLIED>]>"))));
    all.add(
        captured(
            "XX5",
            "1.4 parser",
            "external DTD subset by URL (must not be fetched)",
            Refusal.DOCTYPE,
            c ->
                XmlEdit.base64(
                    withDoctype(
                        c.valid().toXml(),
                        "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/never-fetched.dtd\">"))));
  }

  private static String withDoctype(String xml, String doctype) {
    int end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, end) + doctype + xml.substring(end);
  }

  // ---- references (XML Signature)
  // ---------------------------------------------------------------------

  private static void references(List<Recipe> all) {
    all.add(
        captured(
            "RF1",
            "1.5 references",
            "Assertion signature's Reference URI points at the Response",
            Refusal.BAD_REFERENCE,
            editValid(
                x -> {
                  x.first(XmlEdit.DS, "Reference")
                      .setAttribute("URI", "#" + x.root().getAttribute("ID"));
                })));
    all.add(
        captured(
            "RF2",
            "1.5 references",
            "Reference URI empty (whole document)",
            Refusal.BAD_REFERENCE,
            editValid(x -> x.first(XmlEdit.DS, "Reference").setAttribute("URI", ""))));
    all.add(
        captured(
            "RF3",
            "1.5 references",
            "Reference without URI",
            Refusal.BAD_REFERENCE,
            editValid(x -> x.first(XmlEdit.DS, "Reference").removeAttribute("URI"))));
    all.add(
        captured(
            "RF4",
            "1.5 references",
            "a second Reference in SignedInfo",
            Refusal.BAD_REFERENCE,
            editValid(
                x -> {
                  Element reference = x.first(XmlEdit.DS, "Reference");
                  reference.getParentNode().appendChild(x.copy(reference));
                })));
    all.add(
        captured(
            "RF5",
            "1.5 references",
            "an extra XPath transform",
            Refusal.BAD_REFERENCE,
            editValid(
                x -> {
                  Element transform = x.element(XmlEdit.DS, "ds:Transform");
                  transform.setAttribute(
                      "Algorithm", "http://www.w3.org/TR/1999/REC-xpath-19991116");
                  x.first(XmlEdit.DS, "Transforms").appendChild(transform);
                })));
    all.add(
        captured(
            "RF6",
            "1.5 references",
            "Reference URI #ID of an element that does not exist",
            Refusal.BAD_REFERENCE,
            editValid(x -> x.first(XmlEdit.DS, "Reference").setAttribute("URI", "#_nowhere"))));
  }

  // ---- algorithms (XML Signature)
  // ---------------------------------------------------------------------

  private static void algorithms(List<Recipe> all) {
    all.add(
        minted(
            "AL1",
            "1.7 algorithms",
            "RSA-SHA1 with a SHA-1 digest, trusted key",
            Refusal.WEAK_ALGORITHM,
            c -> c.valid().algorithm("rsa-sha1").toBase64()));
    all.add(
        minted(
            "AL2",
            "1.7 algorithms",
            "RSA-SHA256 with a SHA-1 digest",
            Refusal.WEAK_ALGORITHM,
            c -> c.valid().digestAlgorithm("http://www.w3.org/2000/09/xmldsig#sha1").toBase64()));
    all.add(
        captured(
            "AL3",
            "1.7 algorithms",
            "SignatureMethod rewritten to RSA-MD5 (Santuario refuses it while unmarshalling)",
            Refusal.MALFORMED_SAML,
            c -> signatureMethod(c, "http://www.w3.org/2001/04/xmldsig-more#rsa-md5")));
    all.add(
        captured(
            "AL4",
            "1.7 algorithms",
            "DigestMethod rewritten to MD5 (the allow-list refuses it before Santuario's check)",
            Refusal.WEAK_ALGORITHM,
            editValid(
                x -> {
                  x.first(XmlEdit.DS, "DigestMethod")
                      .setAttribute("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#md5");
                })));
    all.add(
        captured(
            "AL5",
            "1.7 algorithms",
            "SignatureMethod rewritten to HMAC-SHA256 (a shared-secret MAC)",
            Refusal.WEAK_ALGORITHM,
            c -> signatureMethod(c, "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256")));
  }

  private static String signatureMethod(Context c, String uri) {
    XmlEdit x = XmlEdit.of(c.valid().toXml());
    x.first(XmlEdit.DS, "SignatureMethod").setAttribute("Algorithm", uri);
    return x.base64();
  }

  // ---- SAML profiles §4.1.4: time, audience, recipient, destination, issuer, replay
  // ----------------------------

  private static void timeAndAudience(List<Recipe> all) {
    all.add(
        minted(
            "TI1",
            "1.8 time",
            "NotOnOrAfter ten minutes ago",
            Refusal.EXPIRED,
            c ->
                c.valid()
                    .issueInstant(c.now().minus(Duration.ofMinutes(20)))
                    .notOnOrAfter(c.now().minus(Duration.ofMinutes(10)))
                    .toBase64()));
    all.add(
        minted(
            "TI2",
            "1.8 time",
            "NotBefore in ten minutes",
            Refusal.NOT_YET_VALID,
            c -> c.valid().notBefore(c.now().plus(Duration.ofMinutes(10))).toBase64()));
    all.add(
        accept(
                "TI3",
                "1.8 time",
                "expired two minutes ago, inside the five-minute skew",
                c -> c.valid().notOnOrAfter(c.now().minus(Duration.ofMinutes(2))).toBase64())
            .withKey());
    all.add(
        minted(
            "TI4",
            "1.8 time",
            "IssueInstant ten minutes in the future",
            Refusal.NOT_YET_VALID,
            c ->
                c.valid()
                    .issueInstant(c.now().plus(Duration.ofMinutes(10)))
                    .notBefore(c.now())
                    .toBase64()));
    all.add(
        minted(
            "TI5",
            "1.8 time",
            "SessionNotOnOrAfter ten minutes ago",
            Refusal.EXPIRED,
            c -> c.valid().sessionNotOnOrAfter(c.now().minus(Duration.ofMinutes(10))).toBase64()));
    all.add(
        minted(
            "AU1",
            "1.8 audience",
            "Audience of another SP",
            Refusal.WRONG_AUDIENCE,
            c -> c.valid().audiences("https://sp.example/other").toBase64()));
    all.add(
        minted(
            "AU2",
            "1.8 audience",
            "no AudienceRestriction",
            Refusal.WRONG_AUDIENCE,
            c -> c.valid().audiences().toBase64()));
    all.add(
        minted(
            "RC1",
            "1.8 recipient",
            "Recipient of another SP",
            Refusal.WRONG_RECIPIENT,
            c -> c.valid().recipient("https://sp.example/acs").toBase64()));
    all.add(
        minted(
            "RC2",
            "1.8 recipient",
            "no Recipient",
            Refusal.WRONG_RECIPIENT,
            c -> c.valid().recipient(null).toBase64()));
    all.add(
        captured(
            "DS1",
            "1.8 destination",
            "C1, unsigned Response Destination changed to another SP",
            Refusal.WRONG_DESTINATION,
            responseAttribute("Destination", "https://sp.example/acs")));
    all.add(
        captured(
            "IR1",
            "1.8 unsolicited",
            "C1, InResponseTo added to the unsigned Response",
            Refusal.UNEXPECTED_IN_RESPONSE_TO,
            responseAttribute("InResponseTo", "_request")));
    all.add(
        minted(
            "IS1",
            "1.8 issuer",
            "Issuer of another entity, signed with the trusted key",
            Refusal.WRONG_ISSUER,
            c -> c.valid().issuer("https://evil.example/idp").toBase64()));
    all.add(
        captured(
            "IS2",
            "1.8 issuer",
            "C1, unsigned Response Issuer changed",
            Refusal.WRONG_ISSUER,
            editValid(
                x -> {
                  XmlEdit.child(x.root(), XmlEdit.SAML, "Issuer")
                      .setTextContent("https://evil.example/idp");
                })));
    all.add(
        minted(
            "ST1",
            "1.8 status",
            "StatusCode Requester",
            Refusal.STATUS_NOT_SUCCESS,
            c -> c.valid().statusCode(StatusCode.REQUESTER).toBase64()));
    all.add(
        captured(
                "RP1",
                "1.8 replay",
                "the same valid Response submitted a second time",
                Refusal.REPLAYED,
                c -> c.valid().toBase64())
            .submittedTwice());
    all.add(
        captured(
            "EA1",
            "1.9 encryption",
            "Assertion replaced by an EncryptedAssertion",
            Refusal.ENCRYPTED_ASSERTION,
            editValid(
                x -> {
                  Element encrypted = x.element(XmlEdit.SAML, "saml2:EncryptedAssertion");
                  encrypted.appendChild(
                      x.element("http://www.w3.org/2001/04/xmlenc#", "xenc:EncryptedData"));
                  x.root().replaceChild(encrypted, x.assertion());
                })));
  }

  // ---- SAML profiles §4.1.4: confirmation and assertion structure
  // ---------------------------------------------

  private static void confirmation(List<Recipe> all) {
    all.add(method("SC1", "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key"));
    all.add(method("SC2", "urn:oasis:names:tc:SAML:2.0:cm:sender-vouches"));
    all.add(
        minted(
            "SC3",
            "1.8 confirmation",
            "no SubjectConfirmation",
            Refusal.NO_BEARER_CONFIRMATION,
            c ->
                c.valid()
                    .editAssertion(a -> a.getSubject().getSubjectConfirmations().clear())
                    .toBase64()));
    all.add(
        minted(
            "SJ1",
            "1.8 subject",
            "Subject without NameID",
            Refusal.MISSING_SUBJECT,
            c -> c.valid().editAssertion(a -> a.getSubject().setNameID(null)).toBase64()));
    all.add(
        minted(
            "CN1",
            "1.8 conditions",
            "no Conditions",
            Refusal.MISSING_CONDITIONS,
            c -> c.valid().editAssertion(a -> a.setConditions(null)).toBase64()));
    all.add(
        minted(
            "CN2",
            "1.8 conditions",
            "an unsupported ProxyRestriction condition",
            Refusal.UNSUPPORTED_CONDITION,
            c ->
                c.valid()
                    .editAssertion(
                        a ->
                            a.getConditions()
                                .getConditions()
                                .add(OpenSaml.build(ProxyRestriction.DEFAULT_ELEMENT_NAME)))
                    .toBase64()));
    all.add(
        minted(
            "IS3",
            "1.8 issuer",
            "Assertion without Issuer",
            Refusal.WRONG_ISSUER,
            c -> c.valid().assertionIssuer(null).toBase64()));
  }

  private static Recipe method(String id, String method) {
    return minted(
        id,
        "1.8 confirmation",
        "SubjectConfirmation Method " + method,
        Refusal.NO_BEARER_CONFIRMATION,
        c ->
            c.valid()
                .editAssertion(
                    a -> a.getSubject().getSubjectConfirmations().get(0).setMethod(method))
                .toBase64());
  }

  // ---- S7 attributes -------------------------------------------------------------------------

  private static void attributes(List<Recipe> all) {
    all.add(
        minted(
            "RL1",
            "S7 attributes",
            "the assertion lists another role than the request names",
            Refusal.ROLE_NOT_IN_ASSERTION,
            c ->
                c.idp()
                    .response(c.vendor())
                    .roleValue(adminRole(c))
                    .sessionName("alice")
                    .toBase64()));
    all.add(
        minted(
            "RL2",
            "S7 attributes",
            "no role attribute",
            Refusal.MISSING_ROLE_ATTRIBUTE,
            c -> c.valid().withoutAttribute(c.profile().roleAttribute()).toBase64()));
    all.add(
        minted(
            "RL3",
            "S7 attributes",
            "a role value without a provider ARN",
            Refusal.BAD_ROLE_ATTRIBUTE,
            c -> c.valid().roleValue(c.role().roleArn()).toBase64()));
    all.add(
        minted(
            "SN1",
            "S7 attributes",
            "no session-name attribute",
            Refusal.BAD_SESSION_NAME,
            c -> c.valid().withoutAttribute(c.profile().sessionNameAttribute()).toBase64()));
    all.add(
        minted(
            "SN2",
            "S7 attributes",
            "a session name one character longer than the vendor allows",
            Refusal.BAD_SESSION_NAME,
            c ->
                c.valid()
                    .sessionName("a".repeat(c.profile().sessionNameRule().maxLength() + 1))
                    .toBase64()));
    all.add(
        minted(
            "SN3",
            "S7 attributes",
            "a session name with a space",
            Refusal.BAD_SESSION_NAME,
            c -> c.valid().sessionName("alice smith").toBase64()));
    all.add(
        minted(
                "SD1",
                "S7 attributes",
                "SessionDuration that is not a number",
                Refusal.BAD_SESSION_DURATION,
                c -> c.valid().sessionDuration("abc").toBase64())
            .only("alibaba"));
    all.add(
        minted(
                "SD2",
                "S7 attributes",
                "SessionDuration below 900 seconds",
                Refusal.BAD_SESSION_DURATION,
                c -> c.valid().sessionDuration("899").toBase64())
            .only("alibaba"));
  }

  private static String adminRole(Context c) {
    String role = c.role().roleArn();
    String admin = role.substring(0, role.lastIndexOf('/') + 1) + "corpus-admin";
    return c.profile().roleFormat().format(new RolePair(admin, c.role().providerArn()));
  }

  // ---- transport and encoding ---------------------------------------------------------

  private static void encoding(List<Recipe> all) {
    all.add(
        captured(
            "OV1",
            "1.10 encoding",
            "a valid Response padded beyond 100,000 Base64 characters with a comment",
            Refusal.TOO_LONG,
            c ->
                XmlEdit.base64(
                    c.valid()
                        .toXml()
                        .replace(
                            "<saml2p:Status>",
                            "<!--" + "x".repeat(120_000) + "--><saml2p:Status>"))));
    all.add(captured("SH1", "1.10 encoding", "three characters", Refusal.TOO_SHORT, c -> "PD8"));
    all.add(
        captured(
            "B64-1",
            "1.10 encoding",
            "%%%not-base64%%%",
            Refusal.NOT_BASE64,
            c -> "%%%not-base64%%%"));
    all.add(
        captured(
            "B64-2",
            "1.10 encoding",
            "Base64 of 512 random bytes",
            Refusal.NOT_UTF8,
            c -> {
              byte[] random = new byte[512];
              new Random(512).nextBytes(random);
              return Base64.getEncoder().encodeToString(random);
            }));
    all.add(
        captured(
            "B64-3",
            "1.10 encoding",
            "Base64 of 'hello world'",
            Refusal.NOT_WELL_FORMED,
            c -> XmlEdit.base64("hello world")));
    all.add(
        captured(
            "B64-4",
            "1.10 encoding",
            "the valid Response in MIME Base64 (76-character lines)",
            Refusal.NOT_BASE64,
            c ->
                Base64.getMimeEncoder()
                    .encodeToString(c.valid().toXml().getBytes(StandardCharsets.UTF_8))));
    all.add(
        captured(
            "U1",
            "1.10 encoding",
            "one 0xFF byte in the NameID",
            Refusal.NOT_UTF8,
            c -> {
              byte[] xml = c.valid().nameId("alice").toXml().getBytes(StandardCharsets.UTF_8);
              String text = new String(xml, StandardCharsets.ISO_8859_1);
              xml[text.indexOf(">alice<") + 1] = (byte) 0xFF;
              return Base64.getEncoder().encodeToString(xml);
            }));
    all.add(
        captured(
            "U2",
            "1.10 encoding",
            "the whole valid document re-encoded as UTF-16",
            Refusal.NOT_UTF8,
            c ->
                Base64.getEncoder()
                    .encodeToString(
                        c.valid()
                            .toXml()
                            .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                            .getBytes(StandardCharsets.UTF_16))));
    all.add(
        captured(
            "NS2",
            "1.10 namespaces",
            "root Response in the SAML 1.x protocol namespace",
            Refusal.NOT_A_RESPONSE,
            c ->
                XmlEdit.base64(
                    "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:1.0:protocol\""
                        + " MajorVersion=\"1\" MinorVersion=\"1\" ResponseID=\"_x\"/>")));
    all.add(
        captured(
            "NS3",
            "1.10 namespaces",
            "the bare signed Assertion as root",
            Refusal.NOT_A_RESPONSE,
            editValid(x -> x.document.replaceChild(x.assertion(), x.root()))));
    all.add(
        captured(
            "VS1",
            "1.10 namespaces",
            "C1, unsigned Response Version 1.1",
            Refusal.NOT_A_RESPONSE,
            responseAttribute("Version", "1.1")));
    all.add(
        captured(
            "MF1",
            "1.10 encoding",
            "C1, unsigned Response IssueInstant that is not a date",
            Refusal.MALFORMED_SAML,
            responseAttribute("IssueInstant", "yesterday")));
  }

  // ---- 1.11 a signed document that is not a Response ------------------------------------------

  /**
   * GitHub Enterprise Server CVE-2024-6800: the IdP's published, signed metadata carries a valid
   * signature of the IdP key; a verifier that accepts "some element signed by the IdP" instead of
   * "this Assertion, signed" can be handed the metadata instead.
   */
  private static void signedMetadata(List<Recipe> all) {
    String family = "1.11 signed metadata";
    all.add(
        minted(
            "MD1",
            family,
            "the IdP's own signed metadata (EntityDescriptor) as the SAMLAssertion"
                + " (GitHub Enterprise Server CVE-2024-6800)",
            Refusal.NOT_A_RESPONSE,
            c -> signedMetadata(c).base64()));
    all.add(
        minted(
            "MD2",
            family,
            "an unsigned evil Response carrying the IdP's signed metadata in samlp:Extensions"
                + " (CVE-2024-6800)",
            Refusal.UNSIGNED,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().sign(Signing.NONE).toXml());
              XmlEdit.makeEvil(x.assertion());
              x.root()
                  .insertBefore(
                      extensionsWith(x, signedMetadata(c)),
                      XmlEdit.child(x.root(), XmlEdit.SAMLP, "Status"));
              return x.base64();
            }));
    all.add(
        minted(
            "MD3",
            family,
            "evil Assertion wearing the signed metadata's signature, the metadata in"
                + " samlp:Extensions (CVE-2024-6800)",
            Refusal.BAD_REFERENCE,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().toXml());
              Element assertion = x.assertion();
              XmlEdit.makeEvil(assertion);
              XmlEdit metadata = signedMetadata(c);
              Element borrowed =
                  (Element) x.document.importNode(XmlEdit.signatureOf(metadata.root()), true);
              assertion.replaceChild(borrowed, XmlEdit.signatureOf(assertion));
              x.root()
                  .insertBefore(
                      extensionsWith(x, metadata),
                      XmlEdit.child(x.root(), XmlEdit.SAMLP, "Status"));
              return x.base64();
            }));
    all.add(
        minted(
            "MD4",
            family,
            "unsigned evil Assertion in a Response wearing the signed metadata's signature, the"
                + " metadata in samlp:Extensions (CVE-2024-6800; Tencent takes Response signatures)",
            Refusal.BAD_REFERENCE,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().sign(Signing.NONE).toXml());
              XmlEdit.makeEvil(x.assertion());
              XmlEdit metadata = signedMetadata(c);
              Element borrowed =
                  (Element) x.document.importNode(XmlEdit.signatureOf(metadata.root()), true);
              Element issuer = XmlEdit.child(x.root(), XmlEdit.SAML, "Issuer");
              x.root().insertBefore(borrowed, issuer.getNextSibling());
              x.root()
                  .insertBefore(
                      extensionsWith(x, metadata),
                      XmlEdit.child(x.root(), XmlEdit.SAMLP, "Status"));
              return x.base64();
            }));
  }

  /** The IdP's metadata with an ID, signed with the IdP's key as a metadata publisher does. */
  private static XmlEdit signedMetadata(Context c) {
    XmlEdit metadata =
        XmlEdit.of(
            IdpMetadata.render(c.idp().entityId(), c.idp().certificate(), TestIdp.SSO_LOCATION));
    metadata.root().setAttribute("ID", SamlResponseBuilder.newId());
    XmlEdit.sign(metadata.root(), c.idp(), null);
    return metadata;
  }

  private static Element extensionsWith(XmlEdit x, XmlEdit metadata) {
    Element extensions = x.element(XmlEdit.SAMLP, "saml2p:Extensions");
    extensions.appendChild(x.document.importNode(metadata.root(), true));
    return extensions;
  }

  // ---- 1.5 signature shape: SignedInfo and DigestValue (xml-crypto, 2025) ----------------------

  private static void signatureShape(List<Recipe> all) {
    String family = "1.5 signature shape";
    all.add(
        captured(
            "SI1",
            family,
            "C1, NameID edited; a second SignedInfo whose DigestValue matches the edit after the"
                + " genuine one (xml-crypto CVE-2025-29774)",
            Refusal.MALFORMED_SAML,
            editValid(x -> secondSignedInfo(x, false))));
    all.add(
        captured(
            "SI2",
            family,
            "as SI1 with the forged SignedInfo before the genuine one (CVE-2025-29774)",
            Refusal.MALFORMED_SAML,
            editValid(x -> secondSignedInfo(x, true))));
    all.add(
        captured(
            "DV1",
            family,
            "C1, NameID edited; the digest of the edit in a comment before the genuine"
                + " DigestValue (xml-crypto CVE-2025-29775)",
            Refusal.BAD_SIGNATURE,
            editValid(
                x -> {
                  XmlEdit.makeEvil(x.assertion());
                  Element value = x.first(XmlEdit.DS, "DigestValue");
                  value.insertBefore(
                      x.document.createComment(XmlEdit.digest(x.assertion())),
                      value.getFirstChild());
                })));
    all.add(
        accept(
            "DV2",
            family,
            "C1, a comment inside DigestValue and nothing edited (the twin of DV1: comments are"
                + " not signed)",
            editValid(
                x -> {
                  Element value = x.first(XmlEdit.DS, "DigestValue");
                  String text = value.getTextContent();
                  value.setTextContent("");
                  value.appendChild(x.document.createTextNode(text.substring(0, 8)));
                  value.appendChild(x.document.createComment("x"));
                  value.appendChild(x.document.createTextNode(text.substring(8)));
                })));
  }

  /** The NameID made evil and a copy of SignedInfo with the evil digest next to the genuine one. */
  private static void secondSignedInfo(XmlEdit x, boolean before) {
    Element assertion = x.assertion();
    XmlEdit.makeEvil(assertion);
    Element signedInfo = x.first(XmlEdit.DS, "SignedInfo");
    Element forged = x.copy(signedInfo);
    forged
        .getElementsByTagNameNS(XmlEdit.DS, "DigestValue")
        .item(0)
        .setTextContent(XmlEdit.digest(assertion));
    signedInfo
        .getParentNode()
        .insertBefore(forged, before ? signedInfo : signedInfo.getNextSibling());
  }

  // ---- 1.3 processing instructions (OneUptime, 2025) --------------------------------------------

  /**
   * The twin of comment injection: a processing instruction splits a signed text value. Unlike a
   * comment it survives exclusive C14N, so one inserted after signing breaks the digest; but one
   * the IdP signed keeps the signature valid, and OpenSAML reads only the last piece of the split
   * text (PI3 was accepted as NameID {@code .evil.test} before the validator refused processing
   * instructions). Every processing instruction is refused now, before any signature work.
   */
  private static void processingInstructions(List<Recipe> all) {
    String family = "1.3 processing instructions";
    all.add(
        captured(
            "PI1",
            family,
            "signed NameID victim@example.test.evil.test split by <?x?> after signing (OneUptime,"
                + " 2025)",
            Refusal.MALFORMED_SAML,
            c -> {
              XmlEdit x = XmlEdit.of(c.valid().nameId("victim@example.test.evil.test").toXml());
              splitWith(
                  x,
                  x.first(XmlEdit.SAML, "NameID"),
                  "victim@example.test".length(),
                  x.document.createProcessingInstruction("x", ""));
              return x.base64();
            }));
    all.add(
        captured(
            "PI2",
            family,
            "signed role value split by <?x?> before the provider ARN (OneUptime, 2025)",
            Refusal.MALFORMED_SAML,
            editValid(
                x -> {
                  Element value = x.first(XmlEdit.SAML, "AttributeValue");
                  splitWith(
                      x,
                      value,
                      value.getTextContent().indexOf(','),
                      x.document.createProcessingInstruction("x", ""));
                })));
    all.add(
        minted(
            "PI3",
            family,
            "the IdP signs NameID victim@example.test.evil.test with a <?x?> inside (the signature"
                + " holds; it was read truncated as .evil.test) (OneUptime, 2025)",
            Refusal.MALFORMED_SAML,
            c -> signedWithInstruction(c, true)));
    all.add(
        minted(
            "PI4",
            family,
            "the IdP signs a role value with a <?x?> before the provider ARN (OneUptime, 2025)",
            Refusal.MALFORMED_SAML,
            c -> signedWithInstruction(c, false)));
  }

  /**
   * A processing instruction the IdP itself signed inside a text value: the signature holds, so the
   * validator must read the whole value (never a truncated one) or refuse it.
   */
  private static String signedWithInstruction(Context c, boolean nameId) {
    XmlEdit x =
        XmlEdit.of(c.valid().nameId("victim@example.test.evil.test").sign(Signing.NONE).toXml());
    Element element = x.first(XmlEdit.SAML, nameId ? "NameID" : "AttributeValue");
    int at = nameId ? "victim@example.test".length() : element.getTextContent().indexOf(',');
    splitWith(x, element, at, x.document.createProcessingInstruction("x", ""));
    XmlEdit.sign(x.assertion(), c.idp(), null);
    return x.base64();
  }

  // ---- 1.12 canonicalization differentials (ruby-saml, 2025)
  // ---------------------------------------

  /**
   * ruby-saml CVE-2025-66567 / CVE-2025-66568: namespace and attribute shapes that change what a
   * verifier canonicalizes versus what the application reads. One parser and one DOM serve both
   * here, so a shape either leaves the canonical form alone (accepted, genuine identity) or changes
   * it (the digest no longer matches). Each hostile shape has a harmless twin from the same edit.
   */
  private static void canonicalization(List<Recipe> all) {
    String family = "1.12 canonicalization";
    String assertionNs = XmlEdit.SAML;
    all.add(
        accept(
            "CZ1",
            family,
            "C1, the saml2 prefix redeclared to its own URI on the signed NameID and AttributeValue"
                + " (redundant: exclusive C14N drops it; twin of CZ2, CVE-2025-66567)",
            c ->
                textEdit(
                    c.valid().toXml(),
                    "<saml2:NameID ",
                    "<saml2:NameID xmlns:saml2=\"" + XmlEdit.SAML + "\" ",
                    "<saml2:AttributeValue ",
                    "<saml2:AttributeValue xmlns:saml2=\"" + XmlEdit.SAML + "\" ")));
    all.add(
        captured(
            "CZ2",
            family,
            "C1, the saml2 prefix shadowed by a foreign namespace on the signed NameID (its element"
                + " leaves the SAML namespace; CVE-2025-66567)",
            Refusal.BAD_SIGNATURE,
            c ->
                textEdit(
                    c.valid().toXml(),
                    "<saml2:NameID ",
                    "<saml2:NameID xmlns:saml2=\"urn:evil\" ")));
    all.add(
        accept(
            "CZ3",
            family,
            "C1, xml:lang and xml:space on the unsigned Response (exclusive C14N does not inherit"
                + " xml: attributes; twin of CZ4, CVE-2025-66567)",
            editValid(
                x -> {
                  x.root().setAttributeNS(XML_NS, "xml:lang", "en");
                  x.root().setAttributeNS(XML_NS, "xml:space", "preserve");
                })));
    all.add(
        captured(
            "CZ4",
            family,
            "C1, xml:lang and xml:space added to the signed Assertion (CVE-2025-66567)",
            Refusal.BAD_SIGNATURE,
            editValid(
                x -> {
                  x.assertion().setAttributeNS(XML_NS, "xml:lang", "en");
                  x.assertion().setAttributeNS(XML_NS, "xml:space", "preserve");
                })));
    all.add(
        accept(
                "CZ5",
                family,
                "the IdP signs with an InclusiveNamespaces PrefixList naming a prefix declared on"
                    + " the Response, outside the signed Assertion (legal; twin of CZ6)",
                c -> inclusivePrefix(c, null))
            .withKey());
    all.add(
        minted(
            "CZ6",
            family,
            "as CZ5, that outside declaration rebound to another URI after signing (the verifier"
                + " must canonicalize the inherited declaration; CVE-2025-66567)",
            Refusal.BAD_SIGNATURE,
            c -> inclusivePrefix(c, "urn:mock:evil")));
    all.add(
        captured(
            "CZ7",
            family,
            "C1, the Response's saml2p prefix added to the exclusive C14N transform's"
                + " InclusiveNamespaces PrefixList after signing (CVE-2025-66567)",
            Refusal.BAD_SIGNATURE,
            editValid(
                x -> {
                  NodeList lists =
                      x.document.getElementsByTagNameNS(EXC_C14N, "InclusiveNamespaces");
                  if (lists.getLength() > 0) {
                    Element list = (Element) lists.item(0);
                    list.setAttribute("PrefixList", list.getAttribute("PrefixList") + " saml2p");
                    return;
                  }
                  NodeList transforms = x.document.getElementsByTagNameNS(XmlEdit.DS, "Transform");
                  for (int i = 0; i < transforms.getLength(); i++) {
                    Element transform = (Element) transforms.item(i);
                    if (transform.getAttribute("Algorithm").startsWith(EXC_C14N)) {
                      Element list = x.element(EXC_C14N, "ec:InclusiveNamespaces");
                      list.setAttribute("PrefixList", "saml2p");
                      transform.appendChild(list);
                      return;
                    }
                  }
                  throw new IllegalStateException("no exclusive C14N transform");
                })));
    all.add(
        captured(
            "CZ8",
            family,
            "C1, DigestValue replaced by the SHA-256 of empty input, what a verifier whose"
                + " canonicalization failed silently would compute (ruby-saml CVE-2025-66568)",
            Refusal.BAD_SIGNATURE,
            editValid(
                x ->
                    x.first(XmlEdit.DS, "DigestValue")
                        .setTextContent("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="))));
  }

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
  private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";

  /**
   * Edits the serialised Response as text, the way an attacker edits bytes (a DOM serialiser would
   * fix up or drop conflicting namespace declarations): each {@code from} must occur.
   */
  private static String textEdit(String xml, String... fromTo) {
    String edited = xml;
    for (int i = 0; i < fromTo.length; i += 2) {
      if (!edited.contains(fromTo[i])) {
        throw new IllegalStateException("nothing to edit: " + fromTo[i]);
      }
      edited = edited.replace(fromTo[i], fromTo[i + 1]);
    }
    return XmlEdit.base64(edited);
  }

  private static void redeclare(Element element, String prefix, String uri) {
    element.setAttributeNS(XMLNS_NS, "xmlns:" + prefix, uri);
  }

  /**
   * A Response whose Response element declares {@code xmlns:mock="urn:mock:genuine"} and whose
   * Assertion the IdP signs with PrefixList {@code mock}; then, if {@code rebind} is not null, the
   * Response's declaration is changed to that URI.
   */
  private static String inclusivePrefix(Context c, String rebind) {
    XmlEdit x = XmlEdit.of(c.valid().sign(Signing.NONE).toXml());
    redeclare(x.root(), "mock", "urn:mock:genuine");
    XmlEdit.sign(x.assertion(), c.idp(), "mock");
    String genuine = "xmlns:mock=\"urn:mock:genuine\"";
    return rebind == null
        ? textEdit(x.xml(), genuine, genuine)
        : textEdit(x.xml(), genuine, "xmlns:mock=\"" + rebind + "\"");
  }

  // ---- 1.13 which provider's key (SimpleSAMLphp, 2026)
  // --------------------------------------------

  /**
   * SimpleSAMLphp CVE-2026-49283: with two IdPs trusted side by side, a Response signed by one
   * IdP's key but naming the other as Issuer was accepted. The key must come from the metadata of
   * the provider the request names, and the Issuer must be that provider's entityID.
   */
  private static void providerBinding(List<Recipe> all) {
    String family = "1.13 provider binding";
    all.add(
        accept(
                "XP0",
                family,
                "a valid Response of the second IdP presented to the second provider (control)",
                c ->
                    c.second()
                        .response(c.vendor())
                        .role(c.role().roleArn(), c.role().providerArn())
                        .sessionName("alice")
                        .toBase64())
            .withKey()
            .presentedToSecondProvider());
    all.add(
        minted(
                "XP1",
                family,
                "signed with the first IdP's key, Issuer the second IdP, presented to the second"
                    + " provider (SimpleSAMLphp CVE-2026-49283)",
                Refusal.UNTRUSTED_KEY,
                c -> c.valid().issuer(c.second().entityId()).toBase64())
            .presentedToSecondProvider());
    all.add(
        minted(
            "XP2",
            family,
            "the same Response presented to the first provider, whose key signed it"
                + " (CVE-2026-49283)",
            Refusal.WRONG_ISSUER,
            c -> c.valid().issuer(c.second().entityId()).toBase64()));
  }

  // ---- recipe factories ------------------------------------------------------------------------

  /** A valid Response of the trusted IdP, edited after signing. */
  private static Forger editValid(Consumer<XmlEdit> edit) {
    return c -> {
      XmlEdit x = XmlEdit.of(c.valid().toXml());
      edit.accept(x);
      return x.base64();
    };
  }

  /** A valid Response with one attribute of the (unsigned) Response element set to a value. */
  private static Forger responseAttribute(String name, String value) {
    return editValid(x -> x.root().setAttribute(name, value));
  }

  /** Derived from a captured valid Response (or plain junk): runs against a live STS too. */
  private static Recipe captured(
      String id, String family, String description, Refusal expected, Forger forger) {
    return refused(id, family, description, false, expected, forger);
  }

  /** Needs the IdP key to mint (the kit marks these {@code @mock-only}). */
  private static Recipe minted(
      String id, String family, String description, Refusal expected, Forger forger) {
    return refused(id, family, description, true, expected, forger);
  }

  private static Recipe refused(
      String id,
      String family,
      String description,
      boolean needsIdpKey,
      Refusal expected,
      Forger forger) {
    return new Recipe(
        id,
        family,
        description,
        needsIdpKey,
        Optional.of(Objects.requireNonNull(expected)),
        Map.of(),
        Set.of(),
        false,
        false,
        forger);
  }

  /** A control the STS must accept. */
  private static Recipe accept(String id, String family, String description, Forger forger) {
    return new Recipe(
        id, family, description, false, Optional.empty(), Map.of(), Set.of(), false, false, forger);
  }
}
