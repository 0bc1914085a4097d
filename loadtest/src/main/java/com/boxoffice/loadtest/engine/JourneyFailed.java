package com.boxoffice.loadtest.engine;

/** A saga that ended otherwise than confirmed, by a kind the report counts errors by. */
final class JourneyFailed extends Exception {
  private final String kind;

  JourneyFailed(String kind, String detail) {
    super(kind + ": " + detail);
    this.kind = kind;
  }

  String kind() {
    return kind;
  }

  /** What the report counts {@code failure} as: its own kind, or its exception's type and cause. */
  static String kindOf(Throwable failure) {
    if (failure instanceof JourneyFailed failed) {
      return failed.kind();
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String kind = failure.getClass().getSimpleName();
    return root == failure ? kind : kind + " (" + root.getClass().getSimpleName() + ")";
  }
}
