package com.boxoffice.local;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's {@code temporal} CLI, run for real against the stack's dev server. Without it the
 * stack falls back to the SDK's test server, which lists nothing, so a missing CLI fails the test
 * rather than skipping what operators rely on.
 */
final class TemporalCli {
  static final String ADDRESS = RunningStack.OPTIONS.temporalAddress();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private TemporalCli() {}

  static Path executable() {
    return TemporalServer.cliOnPath()
        .orElseGet(() ->
            fail(
                "The end-to-end tests need the Temporal CLI on the PATH, and the stack's dev server it"
                    + " starts. .ci/run installs it into /opt/boxoffice-tools/bin; elsewhere run `go install"
                    + " github.com/temporalio/cli/cmd/temporal@v1.5.1` (or `brew install temporal`) and put"
                    + " it on the PATH."));
  }

  /** The ids of the workflows a visibility query lists, newest first. */
  static List<String> workflowIds(String query) {
    List<String> ids = new ArrayList<>();
    for (JsonNode execution : json("workflow", "list", "--query", query)) {
      ids.add(execution.at("/execution/workflowId").asText());
    }
    return ids;
  }

  static JsonNode describe(String workflowId) {
    return json("workflow", "describe", "--workflow-id", workflowId);
  }

  /** A workflow's status as the server names it, e.g. {@code WORKFLOW_EXECUTION_STATUS_RUNNING}. */
  static String status(String workflowId) {
    return describe(workflowId).at("/workflowExecutionInfo/status").asText();
  }

  /** The static summary set when the workflow started; empty when none was. */
  static String summary(String workflowId) {
    return describe(workflowId).at("/executionConfig/userMetadata/summary").asText();
  }

  private static JsonNode json(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable().toString());
    command.addAll(List.of(arguments));
    command.addAll(List.of("--address", ADDRESS, "--output", "json", "--color", "never"));
    Command.Result result = Command.run(command, TIMEOUT);
    if (result.exitCode() != 0) {
      fail("%s answered %d: %s", command, result.exitCode(), result.output());
    }
    try {
      return Http.JSON.readTree(result.stdout());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON from " + command + ": " + result.output(), e);
    }
  }
}
