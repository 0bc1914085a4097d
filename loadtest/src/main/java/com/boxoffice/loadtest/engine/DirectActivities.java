package com.boxoffice.loadtest.engine;

import com.boxoffice.email.SendGridEmailActivities;
import com.boxoffice.email.SendGridSettings;
import com.boxoffice.inventory.JooqInventoryActivities;
import com.boxoffice.payment.StripePaymentActivities;
import com.boxoffice.payment.StripeSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The activity implementations built as the worker builds them (ActivityBeans, worker.yml's
 * timeouts and sandbox keys), against the benchmark stack's PostgreSQL and sandbox.
 */
final class DirectActivities implements AutoCloseable {
  private final HikariDataSource database;
  final JooqInventoryActivities inventory;
  final StripePaymentActivities payments;
  final SendGridEmailActivities email;

  /**
   * @param poolSize connections to PostgreSQL: give it what the workers have together, so the
   *     comparison is not decided by the pool
   */
  DirectActivities(String jdbcUrl, String user, String sandboxUrl, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(5000);
    config.setPoolName("direct");
    database = new HikariDataSource(config);
    DSLContext dsl = DSL.using(database, SQLDialect.POSTGRES);
    inventory = new JooqInventoryActivities(dsl, Clock.systemUTC());
    payments =
        new StripePaymentActivities(
            new StripeSettings(
                    "sk_test_boxoffice_sandbox",
                    sandboxUrl,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(7))
                .client());
    email =
        new SendGridEmailActivities(
            new SendGridSettings(
                    "SG.boxoffice-sandbox",
                    sandboxUrl,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(15))
                .client(),
            dsl,
            "tickets@boxoffice.test",
            Clock.systemUTC());
  }

  @Override
  public void close() {
    database.close();
  }
}
