package com.boxoffice.testkit;

import com.boxoffice.schema.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for a test JVM: one embedded server (zonky's binaries from Maven Central),
 * started on first use and stopped when the JVM exits. {@link #migrated()} applies the schema's
 * migrations first, as the one-shot does before production's API and workers start ({@link
 * Migrations}); {@link #shared()} hands it over as it started, for a test that makes databases of
 * its own.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *   TestDatabase.migrated().registerDataSource(registry);
 * }
 * }</pre>
 */
public final class TestDatabase {
  private static TestDatabase instance;

  private final EmbeddedPostgres postgres;
  private boolean migrated;

  private TestDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** The JVM's server, started if it is not yet. */
  public static synchronized TestDatabase shared() {
    if (instance == null) {
      instance = new TestDatabase(start());
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(instance::stop));
    }
    return instance;
  }

  /** The JVM's server, with the schema's migrations applied. */
  public static synchronized TestDatabase migrated() {
    TestDatabase database = shared();
    if (!database.migrated) {
      Migrations.apply(database.dataSource());
      database.migrated = true;
    }
    return database;
  }

  /** Unpooled connections to the {@code postgres} database as its superuser. */
  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public String user() {
    return "postgres";
  }

  public String password() {
    return "";
  }

  /** Points a Spring Boot application's {@code spring.datasource} at this database. */
  public void registerDataSource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", this::jdbcUrl);
    registry.add("spring.datasource.username", this::user);
    registry.add("spring.datasource.password", this::password);
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
  }

  private void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // The JVM is exiting: the server's own directory is cleaned up with it.
    }
  }
}
