package com.boxoffice.loadtest.engine;

import com.boxoffice.email.EmailActivities;
import com.boxoffice.email.SendGridEmailActivities;
import com.boxoffice.email.SendGridSettings;
import com.boxoffice.inventory.JooqInventoryActivities;
import com.boxoffice.payment.PaymentActivities;
import com.boxoffice.payment.StripePaymentActivities;
import com.boxoffice.payment.StripeSettings;
import com.boxoffice.quota.CallQuotas;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The activity implementations built as the worker builds them (ActivityBeans, worker.yml's
 * timeouts and sandbox keys, the call quotas at the stack's lifted rates), against the benchmark
 * stack's PostgreSQL and sandbox.
 */
final class DirectActivities implements AutoCloseable {
  /** The stack's workers' rates (BenchmarkWorkers): the quotas' rows are shared with them. */
  private static final int STRIPE_PER_SECOND = Integer.getInteger("bench.stripeRateLimit", 1000);

  private static final int SENDGRID_PER_SECOND =
      Integer.getInteger("bench.sendgridRateLimit", 1000);

  private final HikariDataSource database;
  private final CallQuotas quotas;
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
    quotas = new CallQuotas(quotaPool(jdbcUrl, user), Duration.ofMillis(500));
    payments =
        new StripePaymentActivities(
            new StripeSettings(
                    "sk_test_boxoffice_sandbox",
                    sandboxUrl,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(7))
                .client(
                    quotas.perSecond("stripe", STRIPE_PER_SECOND, PaymentActivities.RATE_LIMITED)));
    email =
        new SendGridEmailActivities(
            new SendGridSettings(
                    "SG.boxoffice-sandbox",
                    sandboxUrl,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(15))
                .client(
                    quotas.perSecond(
                        "sendgrid", SENDGRID_PER_SECOND, EmailActivities.RATE_LIMITED)),
            dsl,
            "tickets@boxoffice.test",
            Clock.systemUTC());
  }

  /** As the worker's: a few connections of their own, with bounded waits. */
  private static HikariDataSource quotaPool(String jdbcUrl, String user) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(250);
    config.setConnectionInitSql("set statement_timeout = 250");
    config.setPoolName("direct-call-quotas");
    return new HikariDataSource(config);
  }

  @Override
  public void close() {
    quotas.close();
    database.close();
  }
}
