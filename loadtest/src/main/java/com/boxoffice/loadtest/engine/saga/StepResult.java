package com.boxoffice.loadtest.engine.saga;

/** What a bench step answers, as a real step answers with its result. */
public record StepResult(String sagaId, String step) {}
