package com.boxoffice.sandbox.fault;

import com.boxoffice.sandbox.Resettable;
import com.boxoffice.sandbox.SandboxProperties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** The faults in force and the dice that decide when a rate-based fault strikes. */
@Component
public class FaultSettings implements Resettable {
  private final Long seed;
  private final AtomicReference<Faults> current = new AtomicReference<>(Faults.NONE);
  private volatile Random random;

  FaultSettings(SandboxProperties properties) {
    this.seed = properties.seed();
    this.random = newRandom();
  }

  public Faults current() {
    return current.get();
  }

  void replace(Faults faults) {
    current.set(faults);
  }

  /** True with probability {@code rate}. */
  public boolean strikes(double rate) {
    return rate > 0 && random.nextDouble() < rate;
  }

  @Override
  public void reset() {
    current.set(Faults.NONE);
    random = newRandom();
  }

  private Random newRandom() {
    return seed == null ? new Random() : new Random(seed);
  }
}
