package com.boxoffice.email;

import com.boxoffice.quota.CallQuota;
import com.sendgrid.SendGrid;
import java.net.URI;
import java.time.Duration;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;

/**
 * Where and how to reach SendGrid.
 *
 * @param apiKey the API key ({@code SG.…})
 * @param host {@link #PRODUCTION_HOST} in production, the sandbox's URL ({@code
 *     http://127.0.0.1:8090}) locally; the scheme decides between https and plain http
 * @param connectTimeout bound on opening a connection
 * @param readTimeout bound on waiting for an answer; keep connect plus read below the email
 *     activity's start-to-close timeout
 */
public record SendGridSettings(
    String apiKey, String host, Duration connectTimeout, Duration readTimeout) {

  public static final String PRODUCTION_HOST = "https://api.sendgrid.com";

  /**
   * Connections kept to SendGrid, above the worker's email slots (WORKER_EMAIL_SLOTS, 20): Apache's
   * default of 2 per host made the other calls wait for one and fail after the connect timeout.
   */
  static final int CONNECTIONS = 64;

  /** A client whose every request first takes a permit from {@code quota}. */
  public SendGrid client(CallQuota quota) {
    URI uri = URI.create(host);
    int connect = Math.toIntExact(connectTimeout.toMillis());
    RequestConfig timeouts =
        RequestConfig.custom()
            .setConnectTimeout(connect)
            .setConnectionRequestTimeout(connect)
            .setSocketTimeout(Math.toIntExact(readTimeout.toMillis()))
            .build();
    // Temporal's retry policy is the one retry layer, so the HTTP client must not resend a mail.
    QuotaClient http =
        new QuotaClient(
            HttpClients.custom()
                .setDefaultRequestConfig(timeouts)
                .setMaxConnPerRoute(CONNECTIONS)
                .setMaxConnTotal(CONNECTIONS)
                .disableAutomaticRetries()
                .build(),
            "http".equalsIgnoreCase(uri.getScheme()),
            quota);
    SendGrid sendGrid = new SendGrid(apiKey, http);
    // sendgrid-java takes a bare host and adds the scheme itself; the authority keeps a port.
    sendGrid.setHost(uri.getAuthority());
    return sendGrid;
  }
}
