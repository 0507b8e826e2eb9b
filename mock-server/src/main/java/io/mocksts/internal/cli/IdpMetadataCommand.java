package io.mocksts.internal.cli;

import io.mocksts.idp.TestIdp;
import io.mocksts.internal.saml.IdpMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mock-sts.jar idp-metadata}: prints the SAML 2.0 metadata of the test IdP, to register it
 * as a SAML provider with a real cloud account (SAML 2.0 metadata,
 * https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf).
 */
@Command(
    name = "idp-metadata",
    mixinStandardHelpOptions = true,
    header = "Prints the test IdP's SAML metadata, to register it as a SAML provider.",
    description = {
      "Prints the SAML 2.0 IdP metadata (EntityDescriptor) of the bundled test IdP, or of the",
      "given certificate, to register as a SAML provider."
    })
final class IdpMetadataCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--cert",
      paramLabel = "FILE",
      description = "PEM signing certificate (default: the bundled fixtures/idp/idp-cert.pem)")
  Path cert;

  @Option(
      names = "--entity-id",
      paramLabel = "URI",
      description = "the entityID (default: ${DEFAULT-VALUE})")
  String entityId = TestIdp.ENTITY_ID;

  @Option(
      names = "--sso-location",
      paramLabel = "URL",
      description = "the HTTP-POST SingleSignOnService location (default: ${DEFAULT-VALUE})")
  String ssoLocation = TestIdp.SSO_LOCATION;

  @Override
  public Integer call() throws IOException {
    String pem =
        cert == null
            ? TestIdp.bundledFile("idp-cert.pem")
            : Files.readString(cert, StandardCharsets.US_ASCII);
    X509Certificate certificate = TestIdp.certificate(pem);
    spec.commandLine().getOut().print(IdpMetadata.render(entityId, certificate, ssoLocation));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
