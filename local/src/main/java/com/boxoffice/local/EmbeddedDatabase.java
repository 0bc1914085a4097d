package com.boxoffice.local;

import com.boxoffice.schema.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL server from Maven Central's binaries, its data kept between runs. */
final class EmbeddedDatabase implements AutoCloseable {
  static final String DATABASE = "boxoffice";
  static final String USER = "postgres";

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres postgres;

  private EmbeddedDatabase(Path dataDirectory, int port, EmbeddedPostgres postgres) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.postgres = postgres;
  }

  /**
   * Starts the server, creates the database if it is new and applies the schema's migrations, once,
   * before any app of the stack starts (they do not migrate at start: {@link Migrations}).
   */
  static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres postgres = launch(dataDirectory, port);
    createDatabaseIfMissing(postgres);
    Migrations.apply(postgres.getDatabase(USER, DATABASE));
    return new EmbeddedDatabase(dataDirectory, port, postgres);
  }

  /**
   * Stops the server and starts it again on the same data and port. The stop is PostgreSQL's fast
   * shutdown, which cuts open sessions as a failover would: the apps' pools must notice and
   * reconnect by themselves.
   */
  synchronized void restart() throws IOException {
    postgres.close();
    postgres = launch(dataDirectory, port);
  }

  synchronized String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  private static EmbeddedPostgres launch(Path dataDirectory, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setPGStartupWait(Duration.ofSeconds(30))
        // A launch opens many connections at once: the pools of the API and every worker.
        .setServerConfig("max_connections", "200")
        .start();
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      var exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
      if (!exists.next()) {
        statement.execute("create database " + DATABASE);
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    postgres.close();
  }
}
