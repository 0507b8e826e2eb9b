package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mocksts.internal.core.IssuedLog;
import io.mocksts.internal.http.Redaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /__admin/mock-sts/credentials}: the most recently issued temporary credentials, newest
 * first (bounded, {@link IssuedLog#DEFAULT_CAPACITY} by default): vendor, action, access key id,
 * the session's ARN, issue and expiry instants by the mock's clock, and whether they have expired
 * by it now. The secret and the security token are never kept, and are shown masked as {@link
 * Redaction} masks them.
 */
final class CredentialsAdminTask implements AdminTask {

  private final IssuedLog issued;
  private final Clock clock;

  CredentialsAdminTask(IssuedLog issued, Clock clock) {
    this.issued = issued;
    this.clock = clock;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    Instant now = clock.instant();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (IssuedLog.Entry entry : issued.newestFirst()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("vendor", entry.vendor().name().toLowerCase(Locale.ROOT));
      row.put("action", entry.action());
      row.put("accessKeyId", entry.accessKeyId());
      row.put("accessKeySecret", Redaction.MASK);
      row.put("securityToken", Redaction.MASK);
      row.put("arn", entry.arn());
      row.put("accountId", entry.accountId());
      row.put("sessionName", entry.sessionName());
      row.put("masterKeyId", entry.keyId());
      row.put("issuedAt", entry.issuedAt().toString());
      row.put("expiration", entry.expiration().toString());
      row.put("expired", !now.isBefore(entry.expiration()));
      rows.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("now", now.toString());
    out.put("capacity", issued.capacity());
    out.put("issuedSinceStart", issued.total());
    out.put("credentials", rows);
    return ResponseDefinitionBuilder.jsonResponse(out);
  }
}
