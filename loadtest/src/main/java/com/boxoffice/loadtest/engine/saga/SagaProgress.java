package com.boxoffice.loadtest.engine.saga;

import java.util.List;

/** The steps a bench saga has run so far, in order, as their activities answered them. */
public record SagaProgress(String sagaId, List<String> stepsDone) {}
