package com.boxoffice.loadtest.engine.saga;

/** What a bench step is given, as a real step is given its request: which saga, which step. */
public record StepRequest(String sagaId, String step) {}
