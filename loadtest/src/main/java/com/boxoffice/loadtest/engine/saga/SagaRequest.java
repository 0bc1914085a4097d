package com.boxoffice.loadtest.engine.saga;

/**
 * One run of a bench saga; the id only names it, as a checkout id names a checkout.
 *
 * @param asCheckout whether the saga was started as the API starts a checkout ({@link
 *     BenchSaga#startOptions}), and so ends as a checkout does, with its final search attributes
 */
public record SagaRequest(String sagaId, boolean asCheckout) {}
