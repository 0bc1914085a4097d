package com.boxoffice.api.admin;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/** Operators' calls carry {@code Authorization: Bearer <admin token>}; nothing else gets in. */
final class AdminToken implements HandlerInterceptor {
  private final byte[] expected;

  AdminToken(ApiProperties properties) {
    this.expected = ("Bearer " + properties.adminToken()).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    String given = request.getHeader(HttpHeaders.AUTHORIZATION);
    // Constant-time comparison, so the token cannot be guessed byte by byte from response times.
    if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      throw ApiProblem.of(
          HttpStatus.UNAUTHORIZED, "unauthorized", "A valid admin bearer token is required.");
    }
    return true;
  }
}
