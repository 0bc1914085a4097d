package com.boxoffice.api;

/** One bad input: a JSON path such as {@code items[0].quantity}, or a header name. */
public record FieldProblem(String field, String message) {}
