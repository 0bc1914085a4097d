package com.boxoffice.loadtest.engine.saga;

/** One run of a bench saga; the id only names it, as a checkout id names a checkout. */
public record SagaRequest(String sagaId) {}
