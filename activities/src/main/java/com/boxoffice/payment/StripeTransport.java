package com.boxoffice.payment;

import com.stripe.Stripe;
import com.stripe.exception.ApiConnectionException;
import com.stripe.net.HttpClient;
import com.stripe.net.HttpHeaders;
import com.stripe.net.StripeRequest;
import com.stripe.net.StripeResponse;
import com.stripe.net.StripeResponseStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * stripe-java's own transport ({@code HttpURLConnectionClient}: the JDK's HttpURLConnection, the
 * same headers, timeouts and answers), except that the {@code X-Stripe-Client-User-Agent} header is
 * built once. stripe-java builds it again for every request, reading Gson's version from its jar's
 * {@code pom.properties} and serializing the result to JSON: a fifth of stripe-java's CPU in the
 * workers' profile (BENCHMARKS.md, tuning 28), for a value that cannot change while the JVM runs.
 * Requests through a proxy are not supported: the workers never configure one.
 */
final class StripeTransport extends HttpClient {
  private static final String CLIENT_USER_AGENT = "X-Stripe-Client-User-Agent";

  private final String clientUserAgent = buildXStripeClientUserAgentString();

  @Override
  public StripeResponse request(StripeRequest request) throws ApiConnectionException {
    try {
      HttpURLConnection connection = open(request);
      int status = connection.getResponseCode();
      HttpHeaders headers = HttpHeaders.of(connection.getHeaderFields());
      try (InputStream body = body(connection, status)) {
        return new StripeResponse(
            status,
            headers,
            body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  @Override
  public StripeResponseStream requestStream(StripeRequest request) throws ApiConnectionException {
    try {
      HttpURLConnection connection = open(request);
      int status = connection.getResponseCode();
      return new StripeResponseStream(
          status, HttpHeaders.of(connection.getHeaderFields()), body(connection, status));
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  private static InputStream body(HttpURLConnection connection, int status) throws IOException {
    return status >= 200 && status < 300
        ? connection.getInputStream()
        : connection.getErrorStream();
  }

  private HttpURLConnection open(StripeRequest request) throws IOException {
    if (request.options().getConnectionProxy() != null) {
      throw new IllegalStateException("Stripe requests through a proxy are not supported");
    }
    HttpURLConnection connection = (HttpURLConnection) request.url().openConnection();
    connection.setConnectTimeout(request.options().getConnectTimeout());
    connection.setReadTimeout(request.options().getReadTimeout());
    connection.setUseCaches(false);
    HttpHeaders headers =
        request
            .headers()
            .withAdditionalHeaders(
                Map.of(
                    "User-Agent",
                    List.of(buildUserAgentString(request)),
                    CLIENT_USER_AGENT,
                    List.of(clientUserAgent)));
    for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
      connection.setRequestProperty(header.getKey(), String.join(",", header.getValue()));
    }
    connection.setRequestMethod(request.method().name());
    if (request.content() != null) {
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", request.content().contentType());
      try (OutputStream out = connection.getOutputStream()) {
        out.write(request.content().byteArrayContent());
      }
    }
    return connection;
  }

  /** stripe-java's own words for a request that got no answer. */
  private static ApiConnectionException unreachable(IOException e) {
    return new ApiConnectionException(
        String.format(
            "IOException during API request to Stripe (%s): %s Please check your internet"
                + " connection and try again. If this problem persists,you should check Stripe's"
                + " service status at https://twitter.com/stripestatus, or let us know at"
                + " support@stripe.com.",
            Stripe.getApiBase(), e.getMessage()),
        e);
  }
}
