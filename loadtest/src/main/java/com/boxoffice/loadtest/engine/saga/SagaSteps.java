package com.boxoffice.loadtest.engine.saga;

import io.temporal.activity.ActivityInterface;

/**
 * The checkout's five steps, one record in and one out each. Prefixed so that the Temporal UI never
 * confuses them with the checkout's own activities.
 */
@ActivityInterface(namePrefix = "Bench")
public interface SagaSteps {
  StepResult hold(StepRequest request);

  StepResult authorize(StepRequest request);

  StepResult capture(StepRequest request);

  StepResult confirm(StepRequest request);

  StepResult email(StepRequest request);
}
