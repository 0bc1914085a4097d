package com.boxoffice.loadtest.check;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * What one reading found: each check's counts by its title, and every violation, for a caller
   * that goes on to tabulate them.
   */
  public record Verdict(Map<String, Map<String, Long>> counts, List<String> violations) {
    public boolean held() {
      return violations.isEmpty();
    }

    /** One count of one check, 0 when the check did not count it. */
    public long count(String check, String label) {
      return counts.getOrDefault(check, Map.of()).getOrDefault(label, 0L);
    }
  }

  /** Checks the stack the settings point at, prints the report, returns the violations found. */
  public static int check(String[] args, PrintStream out) throws Exception {
    return new InvariantChecker(CheckerSettings.from(args, System.getenv())).run(out);
  }

  /** Checks one stack in-process, prints the report as the command does, returns the verdict. */
  public static Verdict check(
      String databaseUrl,
      String databaseUser,
      String sandboxUrl,
      Duration drainTime,
      PrintStream out)
      throws Exception {
    return new InvariantChecker(
            new CheckerSettings(databaseUrl, databaseUser, "", sandboxUrl, drainTime))
        .verdict(out);
  }

  int run(PrintStream out) throws Exception {
    return verdict(out).violations().size();
  }

  Verdict verdict(PrintStream out) throws Exception {
    List<Finding> findings = findings(snapshot());
    report(findings, out);
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    findings.forEach(finding -> counts.put(finding.title(), new LinkedHashMap<>(finding.counts())));
    return new Verdict(
        counts, findings.stream().flatMap(finding -> finding.violations().stream()).toList());
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
