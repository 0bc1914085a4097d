package com.boxoffice.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Bean Validation with field names as the client wrote them ({@code items[0].quantity}), so that
 * body and header problems can be reported together in one answer.
 */
@Component
public final class RequestValidation {
  private final Validator validator;

  RequestValidation(Validator validator) {
    this.validator = validator;
  }

  public List<FieldProblem> problems(Object body) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(body)) {
      problems.add(new FieldProblem(path(violation.getPropertyPath()), violation.getMessage()));
    }
    problems.sort(Comparator.comparing(FieldProblem::field));
    return problems;
  }

  /** Throws a 400 naming every field in {@code problems}, if there are any. */
  public static void reject(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
  }

  private static String path(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
        field.append(']');
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.toString();
  }
}
