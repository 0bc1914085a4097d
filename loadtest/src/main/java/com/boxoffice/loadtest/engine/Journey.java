package com.boxoffice.loadtest.engine;

/** One saga from start to end, as one phase of the comparison runs it. */
interface Journey {
  /**
   * Runs one saga to its end, calling {@code answered} at the moment a buyer would have had the
   * answer to their checkout; throws if the saga did not end as a successful checkout.
   *
   * @return the saga's workflow id, for reading its history's size from the server afterwards
   */
  String run(Runnable answered) throws Exception;
}
