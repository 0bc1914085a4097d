package com.boxoffice.loadtest.fault;

import com.boxoffice.loadtest.check.InvariantChecker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one fault run did and found. A run that could not finish carries its {@code error}, and
 * whatever it got to before it ({@code settled} and {@code verdict} may then be null).
 *
 * @param sending from the first buyer's arrival to the last buyer's final answer
 */
record RunResult(
    FaultRun run,
    int checkouts,
    int seats,
    Tally tally,
    List<String> disruptions,
    Duration sending,
    Settling.Settled settled,
    InvariantChecker.Verdict verdict,
    String error) {

  RunResult {
    disruptions = List.copyOf(disruptions);
  }

  boolean passed() {
    return problems().isEmpty();
  }

  /** Why the run fails, each reason a line; none when it passed. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (error != null) {
      problems.add("the run could not finish: " + error);
    }
    if (tally.buyers() < checkouts) {
      problems.add((checkouts - tally.buyers()) + " buyers got no final answer");
    }
    if (tally.unacceptable() > 0) {
      problems.add(tally.unacceptable() + " final answers the contract does not allow here");
    }
    if (settled == null || !settled.settled()) {
      problems.add(
          settled == null
              ? "never waited for the run to settle"
              : "not settled after the drain: "
                  + settled.unsettledOrders()
                  + " orders not terminal, "
                  + settled.runningWorkflows()
                  + " workflows still running");
    }
    if (verdict == null) {
      problems.add("the invariant checker did not run");
    } else if (!verdict.held()) {
      problems.add(verdict.violations().size() + " invariant violations");
    }
    return problems;
  }
}
