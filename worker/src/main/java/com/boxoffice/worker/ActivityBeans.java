package com.boxoffice.worker;

import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.email.SendGridEmailActivities;
import com.boxoffice.inventory.JooqInventoryActivities;
import com.boxoffice.payment.StripePaymentActivities;
import com.boxoffice.quota.CallQuota;
import com.boxoffice.quota.CallQuotas;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The activity implementations, by the bean names worker.yml registers on the task queue. This is
 * the one place where backends meet the saga's contracts.
 */
@Configuration(proxyBeanMethods = false)
class ActivityBeans {
  /**
   * One per provider: bucket4j batches the process's concurrent permits for a provider into one
   * transaction at a time (CallQuotas).
   */
  static final int QUOTA_CONNECTIONS = 2;

  /** Bounds on the database's part of a caller's wait for a permit (Hikari's least: 250 ms). */
  static final int QUOTA_DATABASE_TIMEOUT_MILLIS = 250;

  @Bean
  JooqInventoryActivities inventoryActivities(DSLContext dsl) {
    return new JooqInventoryActivities(dsl, Clock.systemUTC());
  }

  /**
   * On connections of their own, beside the pool of seat holds: a permit never queues behind
   * inventory work for a connection, and the database's share of its wait stays bounded.
   */
  @Bean
  CallQuotas callQuotas(DataSourceProperties database, WorkerSettings settings) {
    HikariDataSource pool =
        database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("call-quotas");
    pool.setMaximumPoolSize(QUOTA_CONNECTIONS);
    pool.setConnectionTimeout(QUOTA_DATABASE_TIMEOUT_MILLIS);
    pool.setConnectionInitSql("set statement_timeout = " + QUOTA_DATABASE_TIMEOUT_MILLIS);
    return new CallQuotas(pool, settings.quota().longestWait());
  }

  @Bean
  CallQuota stripeQuota(CallQuotas quotas, WorkerSettings settings) {
    return quotas.perSecond(
        "stripe", settings.quota().stripePerSecond(), PaymentActivities.RATE_LIMITED);
  }

  @Bean
  CallQuota sendgridQuota(CallQuotas quotas, WorkerSettings settings) {
    return quotas.perSecond(
        "sendgrid", settings.quota().sendgridPerSecond(), EmailActivities.RATE_LIMITED);
  }

  @Bean
  StripePaymentActivities paymentActivities(WorkerSettings settings, CallQuota stripeQuota) {
    return new StripePaymentActivities(settings.stripe().client(stripeQuota));
  }

  @Bean
  SendGridEmailActivities emailActivities(
      WorkerSettings settings, DSLContext dsl, CallQuota sendgridQuota) {
    return new SendGridEmailActivities(
        settings.sendgrid().client(sendgridQuota), dsl, settings.emailFrom(), Clock.systemUTC());
  }
}
