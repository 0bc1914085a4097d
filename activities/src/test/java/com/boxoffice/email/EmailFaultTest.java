package com.boxoffice.email;

import static com.boxoffice.email.EmailFixture.BUYER;
import static com.boxoffice.email.EmailFixture.CHECKOUT;
import static com.boxoffice.email.EmailFixture.confirmation;
import static com.boxoffice.email.EmailFixture.emails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.checkout.contract.email.EmailReceipt;
import com.boxoffice.quota.RateLimitingServer;
import com.boxoffice.testkit.PostgresExtension;
import com.boxoffice.testkit.SandboxExtension;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailFaultTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private EmailFixture fixture;
  private SendGridEmailActivities emails;

  @BeforeEach
  void confirmedOrder() {
    fixture = new EmailFixture(postgres.dsl());
    fixture.order(CHECKOUT, BUYER);
    emails = emails(sandbox.baseUrl(), postgres.dsl());
  }

  @Test
  void aServerErrorIsRetriedAndLeavesTheDeliveryUnsent() {
    sandbox.faults("{\"errorRate\": 1.0}");

    Throwable thrown = catchThrowable(() -> emails.sendConfirmation(confirmation(CHECKOUT, BUYER)));

    assertThat(thrown).isInstanceOf(SendGridCallFailed.class);
    assertThat(fixture.delivery(CHECKOUT).getStatus()).isEqualTo("SENDING");
    assertThat(sandbox.emails(BUYER)).isEmpty();
  }

  @Test
  void aRetryAfterTheFaultClearsSendsExactlyOneMail() {
    sandbox.faults("{\"errorRate\": 1.0}");
    catchThrowable(() -> emails.sendConfirmation(confirmation(CHECKOUT, BUYER)));
    sandbox.faults("{}");

    EmailReceipt receipt = emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    assertThat(receipt.alreadySent()).isFalse();
    assertThat(sandbox.emails(BUYER)).hasSize(1);
    assertThat(fixture.delivery(CHECKOUT).getStatus()).isEqualTo("SENT");
    assertThat(fixture.delivery(CHECKOUT).getAttempts()).isEqualTo(2);
  }

  @Test
  void slowAnswersDoNotStarveConcurrentSendsOfConnections() throws Exception {
    // Each answer takes longer than the fixture's 2 s connect timeout, which also bounds the wait
    // for a pooled connection: with two connections per host, the other sends would fail.
    sandbox.faults("{\"latencyMs\": 2500}");
    List<String> checkouts = IntStream.rangeClosed(1, 6).mapToObj(i -> "slow-" + i).toList();
    checkouts.forEach(id -> fixture.order(id, BUYER));

    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<EmailReceipt>> sent =
          checkouts.stream()
              .map(id -> senders.submit(() -> emails.sendConfirmation(confirmation(id, BUYER))))
              .toList();
      for (Future<EmailReceipt> receipt : sent) {
        assertThat(receipt.get().alreadySent()).isFalse();
      }
    }
    assertThat(sandbox.emails(BUYER)).hasSize(checkouts.size());
  }

  @Test
  void aRateLimitIsRetried() {
    sandbox.faults("{\"rateLimitRate\": 1.0}");

    ApplicationFailure failure = rateLimited(emails);

    assertThat(failure.isNonRetryable()).isFalse();
  }

  /** The sandbox's 429s say nothing of when to come back. */
  @Test
  void aRateLimitWithoutAResetTimeIsRetriedAfterTheWorkflowsBackoff() {
    sandbox.faults("{\"rateLimitRate\": 1.0}");

    assertThat(rateLimited(emails).getNextRetryDelay()).isNull();
  }

  @Test
  void aRateLimitIsRetriedWhenSendGridSaysItsWindowResets() {
    String reset = Long.toString(EmailFixture.NOW.getEpochSecond() + 7);
    try (RateLimitingServer sendGrid =
        new RateLimitingServer(
            Map.of(
                "X-RateLimit-Limit",
                "600",
                "X-RateLimit-Remaining",
                "0",
                "X-RateLimit-Reset",
                reset),
            "{\"errors\": [{\"field\": null, \"message\": \"too many requests\"}]}")) {
      SendGridEmailActivities limited = emails(sendGrid.baseUrl(), postgres.dsl());

      assertThat(rateLimited(limited).getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
    }
  }

  @Test
  void aRateLimitIsRetriedAfterTheRetryAfterSendGridSends() {
    try (RateLimitingServer sendGrid =
        new RateLimitingServer(
            Map.of("Retry-After", "2"),
            "{\"errors\": [{\"field\": null, \"message\": \"too many requests\"}]}")) {
      SendGridEmailActivities limited = emails(sendGrid.baseUrl(), postgres.dsl());

      assertThat(rateLimited(limited).getNextRetryDelay()).isEqualTo(Duration.ofSeconds(2));
    }
  }

  @Test
  void anUnreachableSendGridIsRetried() throws IOException {
    SendGridEmailActivities unreachable =
        emails("http://127.0.0.1:" + closedPort(), postgres.dsl());

    Throwable thrown =
        catchThrowable(() -> unreachable.sendConfirmation(confirmation(CHECKOUT, BUYER)));

    assertThat(thrown).isInstanceOf(SendGridCallFailed.class);
  }

  @Test
  void aKeySendGridRefusesIsRetriedUntilAnOperatorFixesIt() {
    SendGridEmailActivities misconfigured = emails("revoked", sandbox.baseUrl(), postgres.dsl());

    Throwable thrown =
        catchThrowable(() -> misconfigured.sendConfirmation(confirmation(CHECKOUT, BUYER)));

    assertThat(thrown).isInstanceOf(SendGridCallFailed.class);
  }

  @Test
  void aMailSendGridRefusesFailsWithoutRetry() {
    fixture.order("c2", "not-an-address");

    Throwable thrown =
        catchThrowable(() -> emails.sendConfirmation(confirmation("c2", "not-an-address")));

    assertThat(thrown).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) thrown;
    assertThat(failure.getType()).isEqualTo(SendGridEmailActivities.EMAIL_REJECTED);
    assertThat(failure.isNonRetryable()).isTrue();
  }

  private static ApplicationFailure rateLimited(SendGridEmailActivities emails) {
    Throwable thrown = catchThrowable(() -> emails.sendConfirmation(confirmation(CHECKOUT, BUYER)));
    assertThat(thrown).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) thrown;
    assertThat(failure.getType()).isEqualTo(EmailActivities.RATE_LIMITED);
    return failure;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
