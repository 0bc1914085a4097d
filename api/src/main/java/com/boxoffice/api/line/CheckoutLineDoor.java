package com.boxoffice.api.line;

import com.boxoffice.api.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 503 checkout-line-full} at the door while the checkout line is full, before the
 * request is read, parsed, validated or observed: in a launch most starts get that answer, and at
 * the full price of a request they took the CPU the sagas needed. The answer is the one the line
 * gives (same problem, same {@code Retry-After}, counted the same); nothing was read, so a bad
 * request learns what is wrong with it when it comes back. Buyers it lets through go to the line
 * itself, which decides. It stands before the one path whose {@code POST} starts a checkout, which
 * the caller names: {@link #CheckoutLineDoor(CheckoutLine, ObjectMapper, String)}.
 */
public class CheckoutLineDoor extends OncePerRequestFilter {
  private final CheckoutLine line;
  private final ObjectMapper json;
  private final String checkouts;

  /**
   * @param checkouts the path whose {@code POST} starts a checkout
   */
  public CheckoutLineDoor(CheckoutLine line, ObjectMapper json, String checkouts) {
    this.line = line;
    this.json = json;
    this.checkouts = checkouts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && checkouts.equals(request.getRequestURI()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ApiProblem> full = line.fullAtTheDoor();
    if (full.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ApiProblem problem = full.get();
    ProblemDetail body = problem.toProblemDetail();
    body.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.status().value());
    problem.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), body);
  }
}
