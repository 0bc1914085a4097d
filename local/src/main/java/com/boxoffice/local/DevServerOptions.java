package com.boxoffice.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the Temporal dev server keeps its state. The embedded default keeps it in a SQLite file, so a
 * restart keeps its checkouts; a benchmark may run it in memory, the engine's upper bound on a
 * machine, or try SQLite pragmas and dynamic config without a code change.
 *
 * @param inMemory no {@code --db-filename}: nothing survives the server's stop
 * @param sqlitePragmas each {@code PRAGMA=VALUE} as {@code --sqlite-pragma}
 * @param dynamicConfig each {@code KEY=JSON_VALUE} as {@code --dynamic-config-value}
 */
public record DevServerOptions(
    boolean inMemory, List<String> sqlitePragmas, List<String> dynamicConfig) {

  public static final String DATABASE_FILE = "temporal.db";

  /**
   * Write-ahead log, synced at checkpoints: a commit survives the server's crash or kill (what the
   * tests and a developer's machine do to it), not the machine's power loss, and costs no fsync per
   * workflow task. SQLite's default syncs every commit.
   */
  public static final List<String> FILE_PRAGMAS = List.of("journal_mode=wal", "synchronous=normal");

  public DevServerOptions {
    sqlitePragmas = List.copyOf(sqlitePragmas);
    dynamicConfig = List.copyOf(dynamicConfig);
  }

  /** The embedded default's: a file with {@link #FILE_PRAGMAS}, no dynamic config. */
  public static DevServerOptions defaults() {
    return new DevServerOptions(false, FILE_PRAGMAS, List.of());
  }

  /** The arguments of {@code temporal server start-dev} that say where and how state is kept. */
  List<String> arguments(Path dataDirectory) {
    List<String> arguments = new ArrayList<>();
    if (!inMemory) {
      arguments.add("--db-filename");
      arguments.add(dataDirectory.resolve(DATABASE_FILE).toString());
    }
    sqlitePragmas.forEach(pragma -> arguments.addAll(List.of("--sqlite-pragma", pragma)));
    dynamicConfig.forEach(value -> arguments.addAll(List.of("--dynamic-config-value", value)));
    return arguments;
  }

  /** For a report: {@code SQLite file, pragmas journal_mode=wal, synchronous=normal; ...}. */
  public String describe() {
    return (inMemory ? "in memory" : "SQLite file " + DATABASE_FILE)
        + ", pragmas "
        + listed(sqlitePragmas)
        + ", dynamic config "
        + listed(dynamicConfig);
  }

  private static String listed(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }
}
