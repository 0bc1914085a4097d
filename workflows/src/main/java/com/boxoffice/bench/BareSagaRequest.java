package com.boxoffice.bench;

/** One run of the bare saga; the id only names it, as a checkout id names a checkout. */
public record BareSagaRequest(String sagaId) {}
