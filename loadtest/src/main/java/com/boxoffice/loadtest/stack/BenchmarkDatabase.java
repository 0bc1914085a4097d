package com.boxoffice.loadtest.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL from Maven Central's binaries, on the benchmark's port and data directory. */
final class BenchmarkDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private BenchmarkDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static BenchmarkDatabase start(Path dataDirectory) throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(BenchmarkOptions.POSTGRES_PORT)
            .setPGStartupWait(Duration.ofSeconds(30))
            // The pools of the API and of every worker process connect at once.
            .setServerConfig("max_connections", "200")
            .start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      var exists =
          statement.executeQuery(
              "select 1 from pg_database where datname = '" + BenchmarkOptions.DATABASE + "'");
      if (!exists.next()) {
        statement.execute("create database " + BenchmarkOptions.DATABASE);
      }
    }
    return new BenchmarkDatabase(postgres);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
