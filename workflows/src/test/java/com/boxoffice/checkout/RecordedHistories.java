package com.boxoffice.checkout;

import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recorded histories that {@link ReplayTest} replays: one folder per version of the saga, named
 * {@code v<n>-<what changed>}, each holding the histories its version recorded that no earlier
 * folder already holds (histories/README.md).
 */
final class RecordedHistories {
  static final String VERSION_NAME = "v\\d+-[a-z0-9-]+";

  private RecordedHistories() {}

  /** Every recorded history, in the test resources the build copied. */
  static List<Path> all() {
    try {
      return walk(Path.of(RecordedHistories.class.getResource("/histories").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> walk(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String version(Path history) {
    return history.getParent().getFileName().toString();
  }

  /** The {@code n} of a folder named {@code v<n>-<what changed>}. */
  static int number(String version) {
    return Integer.parseInt(version.substring(1, version.indexOf('-')));
  }

  /**
   * A history's shape, without what differs from one recording to the next (ids, times, the SDK's
   * timer ids, the steps' inputs and results): each event's type and the activity, local activity,
   * version marker, signal or update it names.
   */
  static List<String> shape(String json) {
    return WorkflowExecutionHistory.fromJson(json).getEvents().stream()
        .map(RecordedHistories::shapeOf)
        .toList();
  }

  /**
   * An earlier version's history of the same test with the same shape, which a new recording need
   * not keep again.
   */
  static Optional<Path> earlierCopy(Path directory, String version, String fileName, String json) {
    List<String> shape = shape(json);
    return walk(directory).stream()
        .filter(path -> path.getFileName().toString().equals(fileName))
        .filter(path -> number(version(path)) < number(version))
        .filter(path -> shape(read(path)).equals(shape))
        .findFirst();
  }

  static String read(Path history) {
    try {
      return Files.readString(history);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstPayload(Payloads payloads) {
    return payloads.getPayloadsCount() == 0 ? "" : payloads.getPayloads(0).getData().toStringUtf8();
  }

  private static String shapeOf(HistoryEvent event) {
    String type = event.getEventType().name();
    if (event.hasActivityTaskScheduledEventAttributes()) {
      return type
          + " "
          + event.getActivityTaskScheduledEventAttributes().getActivityType().getName();
    }
    if (event.hasMarkerRecordedEventAttributes()) {
      // A local activity's type, or a version marker's change and version, are in its details.
      MarkerRecordedEventAttributes marker = event.getMarkerRecordedEventAttributes();
      return type
          + " "
          + marker.getMarkerName()
          + Stream.of("type", "changeId", "version")
              .filter(marker.getDetailsMap()::containsKey)
              .map(key -> " " + key + "=" + firstPayload(marker.getDetailsMap().get(key)))
              .collect(Collectors.joining());
    }
    if (event.hasWorkflowExecutionSignaledEventAttributes()) {
      return type + " " + event.getWorkflowExecutionSignaledEventAttributes().getSignalName();
    }
    if (event.hasWorkflowExecutionUpdateAcceptedEventAttributes()) {
      return type
          + " "
          + event
              .getWorkflowExecutionUpdateAcceptedEventAttributes()
              .getAcceptedRequest()
              .getInput()
              .getName();
    }
    if (event.hasUpsertWorkflowSearchAttributesEventAttributes()) {
      return type
          + " "
          + event
              .getUpsertWorkflowSearchAttributesEventAttributes()
              .getSearchAttributes()
              .getIndexedFieldsMap()
              .keySet()
              .stream()
              .sorted()
              .toList();
    }
    return type;
  }
}
