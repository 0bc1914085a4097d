package com.boxoffice.email;

import static com.boxoffice.email.EmailFixture.BUYER;
import static com.boxoffice.email.EmailFixture.CHECKOUT;
import static com.boxoffice.email.EmailFixture.confirmation;
import static com.boxoffice.email.EmailFixture.emails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.testkit.PostgresExtension;
import com.boxoffice.testkit.SandboxExtension;
import io.temporal.failure.ApplicationFailure;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every request to SendGrid takes a permit of the SendGrid quota. */
class SendGridQuotaTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  @BeforeEach
  void confirmedOrder() {
    new EmailFixture(postgres.dsl()).order(CHECKOUT, BUYER);
  }

  @Test
  void aMailTakesAPermit() {
    AtomicInteger permits = new AtomicInteger();
    SendGridEmailActivities emails =
        emails(sandbox.baseUrl(), postgres.dsl(), permits::incrementAndGet);

    emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    assertThat(permits).hasValue(1);
  }

  @Test
  void aMailWithoutAPermitIsNotSent() {
    ApplicationFailure refused =
        ApplicationFailure.newBuilder().setType(EmailActivities.RATE_LIMITED).build();
    SendGridEmailActivities emails =
        emails(
            sandbox.baseUrl(),
            postgres.dsl(),
            () -> {
              throw refused;
            });

    Throwable thrown = catchThrowable(() -> emails.sendConfirmation(confirmation(CHECKOUT, BUYER)));

    assertThat(thrown).isSameAs(refused);
    assertThat(sandbox.emails(BUYER)).isEmpty();
  }
}
