package com.boxoffice.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowServiceException;
import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error leaves as {@code application/problem+json} with a stable type and code. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    return ResponseEntity.status(problem.status())
        .headers(problem.headers())
        .body(problem.toProblemDetail());
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    DataAccessResourceFailureException.class,
    TransientDataAccessException.class,
    WorkflowServiceException.class,
    StatusRuntimeException.class
  })
  ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
    log.warn(
        "A backend is unavailable: {} (root cause: {})",
        e.toString(),
        NestedExceptionUtils.getMostSpecificCause(e).toString());
    return apiProblem(
        ApiProblem.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "A backend is briefly unavailable; retry.")
            .retryAfter(Duration.ofSeconds(1)));
  }

  /**
   * A statement run through JDBC directly ({@code RenderedSql}) fails with jOOQ's exception, which
   * Spring's translation never sees: what Spring would call a resource failure or a transient
   * failure (a connection that cannot be had or was lost, a server shutting down or out of
   * resources, a conflict between transactions) is answered as a brief unavailability here too.
   */
  @ExceptionHandler(org.jooq.exception.DataAccessException.class)
  ResponseEntity<ProblemDetail> database(org.jooq.exception.DataAccessException e) {
    return isBriefUnavailability(e) ? unavailable(e) : unexpected(e);
  }

  static boolean isBriefUnavailability(org.jooq.exception.DataAccessException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
    }
    String state = e.sqlState();
    return UNAVAILABLE_SQL_STATE_CLASSES.stream().anyMatch(state::startsWith);
  }

  /** Connection exception, insufficient resources, operator intervention, transaction rollback. */
  private static final List<String> UNAVAILABLE_SQL_STATE_CLASSES = List.of("08", "53", "57", "40");

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
    log.error("Unexpected failure", e);
    return ResponseEntity.internalServerError()
        .body(ApiProblem.problemDetail(500, "internal-error", "Something went wrong on our side."));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = e.getCause() instanceof JsonMappingException mapping ? path(mapping) : "";
    ProblemDetail problem =
        field.isEmpty()
            ? ApiProblem.problemDetail(
                400, "invalid-request", "The body is missing or is not valid JSON.")
            : ApiProblem.invalid(List.of(new FieldProblem(field, "has the wrong type or format")))
                .toProblemDetail();
    return ResponseEntity.badRequest().body(problem);
  }

  /** Framework errors (404 for unknown paths, 405, 415, ...) get a type and code too. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body == null && e instanceof ErrorResponse error) {
      body = error.getBody();
    }
    if (body instanceof ProblemDetail problem
        && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
      String code = codeFor(status);
      problem.setType(URI.create(ApiProblem.TYPE_PREFIX + code));
      problem.setProperty("code", code);
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  static String codeFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "invalid-request";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 503 -> "service-unavailable";
      default -> status.is5xxServerError() ? "internal-error" : "invalid-request";
    };
  }

  private static String path(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
      }
    }
    return field.toString();
  }
}
