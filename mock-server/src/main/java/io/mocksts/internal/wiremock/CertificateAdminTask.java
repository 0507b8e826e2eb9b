package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** {@code GET /__admin/mock-sts/tls-certificate}: the HTTPS listener's certificate, as PEM. */
final class CertificateAdminTask implements AdminTask {

  private final String pem;

  CertificateAdminTask(String pem) {
    this.pem = pem;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    if (pem == null) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(404)
          .withHeader("Content-Type", "text/plain")
          .withBody("HTTPS is not enabled; start the mock with --https-port")
          .build();
    }
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/x-pem-file")
        .withBody(pem)
        .build();
  }
}
