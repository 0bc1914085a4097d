package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.StripeIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts any test-mode secret key, as the sandbox has no accounts, and gives each Stripe call the
 * {@code Request-Id} that stripe-java reports and events carry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StripeAuthFilter extends OncePerRequestFilter {
  static final String REQUEST_ID = StripeAuthFilter.class.getName() + ".requestId";

  private final ObjectMapper json;

  StripeAuthFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/v1/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = StripeIds.next("req").substring(0, 18);
    request.setAttribute(REQUEST_ID, requestId);
    response.setHeader("Request-Id", requestId);
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    StripeApiException refusal = refusal(authorization);
    if (refusal == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Stripe\"");
    response.setStatus(refusal.status());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), refusal.body());
  }

  private static StripeApiException refusal(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return StripeApiException.unauthorized(
          "You did not provide an API key. You need to provide your API key in the Authorization"
              + " header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
    }
    String key = authorization.substring("Bearer ".length()).trim();
    if (!key.startsWith("sk_test_") && !key.startsWith("rk_test_")) {
      return StripeApiException.unauthorized(
          "Invalid API Key provided: the sandbox accepts test-mode keys (sk_test_…) only.");
    }
    return null;
  }
}
