package com.boxoffice.bench;

import java.util.List;

/** The steps the bare saga has run so far, in order, as their activities answered them. */
public record BareSagaProgress(String sagaId, List<String> stepsDone) {}
