package com.boxoffice.api;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request the API answers with an {@code application/problem+json} body whose {@code type} and
 * {@code code} are stable, so that clients branch on them rather than on the prose.
 */
public final class ApiProblem extends RuntimeException {
  static final String TYPE_PREFIX = "https://boxoffice.dev/problems/";

  private final HttpStatus status;
  private final String code;
  private final List<FieldProblem> errors;
  private final URI location;
  private final Duration retryAfter;

  private ApiProblem(
      HttpStatus status,
      String code,
      String detail,
      List<FieldProblem> errors,
      URI location,
      Duration retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
    this.location = location;
    this.retryAfter = retryAfter;
  }

  public static ApiProblem of(HttpStatus status, String code, String detail) {
    return new ApiProblem(status, code, detail, List.of(), null, null);
  }

  public static ApiProblem invalid(List<FieldProblem> errors) {
    return invalid("invalid-request", errors);
  }

  public static ApiProblem invalid(String code, List<FieldProblem> errors) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, code, "The request has invalid fields.", errors, null, null);
  }

  public static ApiProblem notFound(String detail) {
    return of(HttpStatus.NOT_FOUND, "not-found", detail);
  }

  /** The client should look at {@code location} to learn how things turn out. */
  public ApiProblem at(URI location) {
    return new ApiProblem(status, code, getMessage(), errors, location, retryAfter);
  }

  /** The client may try again after this long (sent as {@code Retry-After}, whole seconds). */
  public ApiProblem retryAfter(Duration delay) {
    return new ApiProblem(status, code, getMessage(), errors, location, delay);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public URI location() {
    return location;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** The headers that go with the answer: where to look, when to come back, how to authenticate. */
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (location != null) {
      headers.setLocation(location);
    }
    if (retryAfter != null) {
      headers.set(
          HttpHeaders.RETRY_AFTER,
          Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
    }
    if (status == HttpStatus.UNAUTHORIZED) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return headers;
  }

  public ProblemDetail toProblemDetail() {
    ProblemDetail problem = problemDetail(status.value(), code, getMessage());
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  static ProblemDetail problemDetail(int status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    problem.setType(URI.create(TYPE_PREFIX + code));
    problem.setProperty("code", code);
    return problem;
  }
}
