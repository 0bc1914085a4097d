package com.boxoffice.local;

import static com.boxoffice.local.BoxOffice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.boxoffice.checkout.CheckoutWorkflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator in the dev server's web UI, played by Debian's chromium through playwright-core
 * ({@code src/test/browser}). Leaves a screenshot of what the operator saw in {@code
 * target/screenshots}.
 */
@ExtendWith(RunningStack.class)
class TemporalUiIT {
  private static final String UI = "http://127.0.0.1:" + RunningStack.OPTIONS.temporalUiPort();
  private static final Path BROWSER = Path.of("src", "test", "browser");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @BeforeAll
  static void theBrowserAndTheCliAreInstalled() {
    TemporalCli.executable();
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "The UI test drives Debian's chromium: `apt-get install -y chromium` (as .ci/run does).");
    }
    if (!Files.isDirectory(BROWSER.resolve("node_modules").resolve("playwright-core"))) {
      fail("The UI test needs playwright-core: `npm ci --prefix local/src/test/browser`.");
    }
  }

  @Test
  void anOperatorFindsACompletedCheckoutByEmailAndSeesItsSummaryAndStatus(TestInfo test) {
    String email = email();
    Http.Response created = checkout(newEvent(5), 2, "pm_card_visa", email);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String workflowId = CheckoutWorkflow.workflowId(created.json().get("checkoutId").asText());
    String query = "CustomerEmail=\"" + email + "\"";
    awaitCompletedAndListed(workflowId, query);
    // What the API set, not a format copied here: the UI must show whatever operators were given.
    String summary = TemporalCli.summary(workflowId);
    assertThat(summary).as("the checkout's static summary").isNotBlank();
    Path screenshot =
        Path.of("target", "screenshots", test.getTestMethod().orElseThrow().getName() + ".png");

    Command.Result walk = findInUi(query, workflowId, summary, screenshot);

    assertThat(walk.exitCode()).as(walk.output()).isZero();
    assertThat(walk.stdout())
        .contains("found " + workflowId)
        .contains("status shown: Completed")
        .contains("search attribute shown: CheckoutStatus=CONFIRMED")
        .contains("summary shown: " + summary);
    assertThat(screenshot).isNotEmptyFile();
  }

  /** The browser comes last, once the CLI sees what the UI's search will list. */
  private static void awaitCompletedAndListed(String workflowId, String query) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> {
          assertThat(TemporalCli.status(workflowId))
              .isEqualTo("WORKFLOW_EXECUTION_STATUS_COMPLETED");
          assertThat(TemporalCli.workflowIds(query)).containsExactly(workflowId);
        });
  }

  private static Command.Result findInUi(
      String query, String workflowId, String summary, Path screenshot) {
    return Command.run(
        List.of(
            "node",
            "find-workflow.mjs",
            "--ui",
            UI,
            "--query",
            query,
            "--workflow-id",
            workflowId,
            "--status",
            "Completed",
            "--attribute",
            "CheckoutStatus=CONFIRMED",
            "--summary",
            summary,
            "--screenshot",
            screenshot.toAbsolutePath().toString()),
        BROWSER,
        Duration.ofSeconds(120));
  }
}
