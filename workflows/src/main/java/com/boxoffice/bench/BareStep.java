package com.boxoffice.bench;

/** What every bare step takes and gives back: which saga, which step. */
public record BareStep(String sagaId, String name) {}
