package com.boxoffice.payment;

import com.boxoffice.quota.CallQuota;
import com.stripe.exception.StripeException;
import com.stripe.net.HttpClient;
import com.stripe.net.StripeRequest;
import com.stripe.net.StripeResponse;
import com.stripe.net.StripeResponseStream;

/**
 * stripe-java's transport ({@link StripeTransport}) behind a permit of the cluster's Stripe quota,
 * taken before each request. At this layer every request is counted, whichever activity or helper
 * sends it (an undo's read, a capture's fallback read) and however many a call makes.
 *
 * <p>It wraps the client rather than extending it: the client's {@code request} goes through its
 * own {@code requestStream}, and an override of both would take two permits for one request.
 */
final class QuotaHttpClient extends HttpClient {
  private final HttpClient http = new StripeTransport();
  private final CallQuota quota;

  QuotaHttpClient(CallQuota quota) {
    this.quota = quota;
  }

  @Override
  public StripeResponse request(StripeRequest request) throws StripeException {
    quota.acquire();
    return http.request(request);
  }

  @Override
  public StripeResponseStream requestStream(StripeRequest request) throws StripeException {
    quota.acquire();
    return http.requestStream(request);
  }
}
