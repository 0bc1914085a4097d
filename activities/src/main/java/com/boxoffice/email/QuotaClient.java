package com.boxoffice.email;

import com.boxoffice.quota.CallQuota;
import com.sendgrid.Client;
import com.sendgrid.Request;
import com.sendgrid.Response;
import java.io.IOException;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * sendgrid-java's HTTP client, taking a permit from the cluster's SendGrid quota before each
 * request: every call the SendGrid facade makes goes through {@link #api}.
 */
final class QuotaClient extends Client {
  private final CallQuota quota;

  QuotaClient(CloseableHttpClient http, boolean plainHttp, CallQuota quota) {
    super(http, plainHttp);
    this.quota = quota;
  }

  @Override
  public Response api(Request request) throws IOException {
    quota.acquire();
    return super.api(request);
  }
}
