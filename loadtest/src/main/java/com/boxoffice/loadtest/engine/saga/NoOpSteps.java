package com.boxoffice.loadtest.engine.saga;

/** Answers at once: whatever a step costs beyond this is the engine's. */
public final class NoOpSteps implements SagaSteps {
  @Override
  public StepResult hold(StepRequest request) {
    return done(request);
  }

  @Override
  public StepResult authorize(StepRequest request) {
    return done(request);
  }

  @Override
  public StepResult capture(StepRequest request) {
    return done(request);
  }

  @Override
  public StepResult confirm(StepRequest request) {
    return done(request);
  }

  @Override
  public StepResult email(StepRequest request) {
    return done(request);
  }

  private static StepResult done(StepRequest request) {
    return new StepResult(request.sagaId(), request.step());
  }
}
