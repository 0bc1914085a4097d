package com.boxoffice.loadtest.check;

import java.io.PrintStream;
import java.util.List;

/**
 * The command run after a benchmark or a fault run: reads PostgreSQL and the sandbox once, prints
 * every count and every broken promise, and exits 1 if any promise was broken (2 if it could not
 * read). Printing is its job, so it writes to standard output.
 */
public final class InvariantChecker {
  private static final int SHOWN_PER_CHECK = 20;

  private final CheckerSettings settings;

  InvariantChecker(CheckerSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    int exit;
    try {
      CheckerSettings settings = CheckerSettings.from(args, System.getenv());
      exit = new InvariantChecker(settings).run(System.out) == 0 ? 0 : 1;
    } catch (Exception e) {
      System.err.println("The invariant checker could not read the run: " + e);
      exit = 2;
    }
    System.exit(exit);
  }

  /** Checks the stack the settings point at, prints the report, returns the violations found. */
  public static int check(String[] args, PrintStream out) throws Exception {
    return new InvariantChecker(CheckerSettings.from(args, System.getenv())).run(out);
  }

  int run(PrintStream out) throws Exception {
    return report(findings(snapshot()), out);
  }

  Snapshot snapshot() throws Exception {
    SandboxReader sandbox = new SandboxReader(settings.sandboxUrl());
    // Stripe's side first: whatever moved after it was read is seen further along by the database.
    var intents = sandbox.intents();
    var mails = sandbox.mails();
    DatabaseReader.Record record =
        new DatabaseReader(
                settings.databaseUrl(), settings.databaseUser(), settings.databasePassword())
            .read();
    return new Snapshot(record.now(), record.ticketTypes(), record.orders(), intents, mails);
  }

  List<Finding> findings(Snapshot snapshot) {
    List<Check> checks =
        List.of(
            new SettlementCheck(settings.drainTime()),
            new SeatCheck(),
            new MoneyCheck(),
            new EmailCheck());
    return checks.stream().map(check -> check.check(snapshot)).toList();
  }

  static int report(List<Finding> findings, PrintStream out) {
    int violations = 0;
    for (Finding finding : findings) {
      out.println("== " + finding.title());
      finding.counts().forEach((label, value) -> out.printf("  %-52s %8d%n", label, value));
      List<String> broken = finding.violations();
      broken.stream().limit(SHOWN_PER_CHECK).forEach(v -> out.println("  VIOLATION " + v));
      if (broken.size() > SHOWN_PER_CHECK) {
        out.println("  ... and " + (broken.size() - SHOWN_PER_CHECK) + " more violations");
      }
      violations += broken.size();
    }
    out.println(
        violations == 0 ? "invariants: all held" : "invariants: " + violations + " violations");
    return violations;
  }
}
