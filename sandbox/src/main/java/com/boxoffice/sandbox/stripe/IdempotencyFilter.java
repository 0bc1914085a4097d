package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.Resettable;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Stripe's {@code Idempotency-Key} on POSTs: the first answer for a key is stored and replayed for
 * the same parameters, another use of the key with different parameters is refused. Requests with
 * one key run one at a time, so two concurrent ones never both execute. Server errors are not
 * stored, so that a retry after a 500 runs again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class IdempotencyFilter extends OncePerRequestFilter implements Resettable {
  private record Stored(String fingerprint, int status, String contentType, byte[] body) {}

  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Map<String, Stored> answers = new ConcurrentHashMap<>();
  private final ObjectMapper json;

  IdempotencyFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/v1/")
        || !"POST".equals(request.getMethod())
        || request.getHeader("Idempotency-Key") == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader("Idempotency-Key");
    String fingerprint = fingerprint(request);
    ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
    lock.lock();
    try {
      Stored stored = answers.get(key);
      if (stored == null) {
        execute(key, fingerprint, request, response, chain);
      } else if (stored.fingerprint().equals(fingerprint)) {
        response.setStatus(stored.status());
        response.setContentType(stored.contentType());
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(stored.body());
      } else {
        StripeApiException refusal = StripeApiException.idempotency(key);
        response.setStatus(refusal.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), refusal.body());
      }
    } finally {
      lock.unlock();
    }
  }

  private void execute(
      String key,
      String fingerprint,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, recorder);
    if (recorder.getStatus() < 500) {
      answers.put(
          key,
          new Stored(
              fingerprint,
              recorder.getStatus(),
              recorder.getContentType(),
              recorder.getContentAsByteArray()));
    }
    recorder.copyBodyToResponse();
  }

  /** The call and its parameters in a canonical order. */
  private static String fingerprint(HttpServletRequest request) {
    Map<String, String> sorted = new TreeMap<>();
    request.getParameterMap().forEach((name, values) -> sorted.put(name, Arrays.toString(values)));
    return request.getRequestURI() + "?" + sorted;
  }

  @Override
  public void reset() {
    answers.clear();
  }
}
