package com.boxoffice.bench;

/** Answers at once: whatever a step costs beyond this is the engine's. */
public final class NoOpEmailSteps implements BareEmailActivities {
  @Override
  public BareStep sendConfirmation(BareStep step) {
    return step;
  }
}
