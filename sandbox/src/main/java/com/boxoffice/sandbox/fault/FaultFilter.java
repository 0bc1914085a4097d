package com.boxoffice.sandbox.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Injects the configured latency, 500s and 429s into Stripe ({@code /v1}) and SendGrid ({@code
 * /v3}) calls. It runs before idempotency and any state change, so a failed call changed nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FaultFilter extends OncePerRequestFilter {
  private final FaultSettings settings;
  private final ObjectMapper json;

  FaultFilter(FaultSettings settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !path.startsWith("/v1/") && !path.startsWith("/v3/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Faults faults = settings.current();
    if (faults.latencyMs() > 0) {
      try {
        Thread.sleep(faults.latencyMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ServletException("interrupted while injecting latency", e);
      }
    }
    boolean stripe = request.getRequestURI().startsWith("/v1/");
    if (settings.strikes(faults.errorRate())) {
      write(response, 500, stripe ? stripeServerError() : sendGridError("internal server error"));
    } else if (settings.strikes(faults.rateLimitRate())) {
      write(response, 429, stripe ? stripeRateLimit() : sendGridError("too many requests"));
    } else {
      chain.doFilter(request, response);
    }
  }

  private static Map<String, Object> stripeServerError() {
    return Map.of(
        "error",
        Map.of("type", "api_error", "message", "An unknown error occurred (injected fault)."));
  }

  private static Map<String, Object> stripeRateLimit() {
    return Map.of(
        "error",
        Map.of(
            "type",
            "invalid_request_error",
            "code",
            "rate_limit",
            "message",
            "Too many requests hit the API too quickly. We recommend an exponential backoff of"
                + " your requests. (injected fault)"));
  }

  private static Map<String, Object> sendGridError(String message) {
    Map<String, Object> error = new HashMap<>();
    error.put("message", message);
    error.put("field", null);
    error.put("help", null);
    return Map.of("errors", List.of(error));
  }

  private void write(HttpServletResponse response, int status, Object body) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }
}
