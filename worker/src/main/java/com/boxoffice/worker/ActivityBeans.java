package com.boxoffice.worker;

import com.boxoffice.email.SendGridEmailActivities;
import com.boxoffice.inventory.JooqInventoryActivities;
import com.boxoffice.payment.StripePaymentActivities;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The activity implementations, by the bean names worker.yml registers on the task queue. This is
 * the one place where backends meet the saga's contracts.
 */
@Configuration(proxyBeanMethods = false)
class ActivityBeans {

  @Bean
  JooqInventoryActivities inventoryActivities(DSLContext dsl) {
    return new JooqInventoryActivities(dsl, Clock.systemUTC());
  }

  @Bean
  StripePaymentActivities paymentActivities(WorkerSettings settings) {
    return new StripePaymentActivities(settings.stripe().client());
  }

  @Bean
  SendGridEmailActivities emailActivities(WorkerSettings settings, DSLContext dsl) {
    return new SendGridEmailActivities(
        settings.sendgrid().client(), dsl, settings.emailFrom(), Clock.systemUTC());
  }
}
