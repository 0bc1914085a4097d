package com.boxoffice.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.schema.Migrations;
import com.boxoffice.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one-shot that runs before the API and the workers ({@code java -jar worker.jar migrate}): it
 * brings a new database to the schema, and running it again changes nothing.
 */
class MigrationsTest {

  @Test
  void migratesANewDatabaseOnceAndLeavesItAloneAfter() throws SQLException {
    TestDatabase server = TestDatabase.shared();
    String database = "migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(server, "create database " + database);
    String url = server.jdbcUrl().replace("/postgres?", "/" + database + "?");

    // As the one-shot reads its database from the environment, the API's and the worker's names.
    String first =
        Migrations.fromEnvironment(
            Map.of(
                "DATABASE_URL", url,
                "DATABASE_USER", server.user(),
                "DATABASE_PASSWORD", server.password()));
    int again = Migrations.apply(url, server.user(), server.password());

    assertThat(first).matches("Applied [1-9][0-9]* migration\\(s\\) to .*/" + database + "\\?.*");
    assertThat(again).isZero();
  }

  private static void execute(TestDatabase server, String sql) throws SQLException {
    try (Connection connection = server.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
