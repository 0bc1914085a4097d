package com.boxoffice.schema;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema's migrations ({@code db/migration}, Flyway), applied by one process before the API and
 * the workers start, not by every replica: the embedded launcher calls {@link #apply}, the
 * containers run the worker image once with the argument {@code migrate} (docker-compose.yml's
 * {@code migrate} service), which lands in {@link #main}. The API and the workers apply them at
 * start only when {@code DATABASE_MIGRATE=true}, for a single process run by hand.
 */
public final class Migrations {
  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /** Applies the migrations not yet applied; returns how many it applied. */
  public static int apply(DataSource database) {
    return apply(Flyway.configure().dataSource(database));
  }

  public static int apply(String jdbcUrl, String user, String password) {
    return apply(Flyway.configure().dataSource(jdbcUrl, user, password));
  }

  /**
   * The one-shot: applies the migrations to the database that {@code DATABASE_URL}, {@code
   * DATABASE_USER} and {@code DATABASE_PASSWORD} name (the same variables and defaults as the API's
   * and the worker's), then returns.
   */
  public static void main(String[] args) {
    System.out.println(fromEnvironment(System.getenv()));
  }

  /** What {@link #main} does with these environment variables; returns what it did, in words. */
  public static String fromEnvironment(Map<String, String> environment) {
    String url = env(environment, "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/boxoffice");
    int applied =
        apply(
            url,
            env(environment, "DATABASE_USER", "boxoffice"),
            env(environment, "DATABASE_PASSWORD", "boxoffice"));
    return "Applied " + applied + " migration(s) to " + url;
  }

  private static int apply(FluentConfiguration flyway) {
    return flyway.locations(LOCATION).load().migrate().migrationsExecuted;
  }

  private static String env(Map<String, String> environment, String name, String fallback) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
