package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams.CaptureMethod;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {
  private final TestSandbox sandbox = TestSandbox.get();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void errorRateAnswersStripeCallsWithApiErrorsAndChangesNothing() {
    faults("{\"errorRate\": 1}");

    ApiException e = catchThrowableOfType(ApiException.class, () -> Intents.manual("pm_card_visa"));

    assertThat(e.getStatusCode()).isEqualTo(500);
    assertThat(sandbox.get("/sandbox/payment_intents")).isEmpty();
  }

  @Test
  void retryAfterAnInjectedErrorExecutesTheRequest() throws Exception {
    faults("{\"errorRate\": 1}");
    catchThrowableOfType(
        ApiException.class,
        () -> Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "retry-me"));
    faults("{}");

    PaymentIntent intent =
        Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "retry-me");

    assertThat(intent.getStatus()).isEqualTo("requires_capture");
    assertThat(intent.getLastResponse().headers().firstValue("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void rateLimitRateAnswersStripeCallsWithRateLimitErrors() {
    faults("{\"rateLimitRate\": 1}");

    RateLimitException e =
        catchThrowableOfType(RateLimitException.class, () -> Intents.manual("pm_card_visa"));

    assertThat(e.getStatusCode()).isEqualTo(429);
    assertThat(e.getCode()).isEqualTo("rate_limit");
  }

  @Test
  void rateLimitRateAnswersSendGridCallsWith429() {
    faults("{\"rateLimitRate\": 1}");

    var response = sandbox.send("POST", "/v3/mail/send", "{}");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(TestSandbox.parse(response.body()).at("/errors/0/message").asText()).isNotBlank();
  }

  @Test
  void latencyDelaysEveryApiCall() throws Exception {
    faults("{\"latencyMs\": 300}");
    long started = System.nanoTime();

    Intents.manual(null);

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void emptyFaultsClearThemAll() throws Exception {
    faults("{\"errorRate\": 1, \"latencyMs\": 50}");

    faults("{}");

    assertThat(sandbox.get("/sandbox/faults").get("errorRate").asDouble()).isZero();
    assertThat(Intents.manual(null).getStatus()).isEqualTo("requires_payment_method");
  }

  @Test
  void rateOutsideZeroToOneIsRefused() {
    assertThat(sandbox.send("PUT", "/sandbox/faults", "{\"errorRate\": 2}").statusCode())
        .isEqualTo(400);
  }

  private void faults(String json) {
    assertThat(sandbox.send("PUT", "/sandbox/faults", json).statusCode()).isEqualTo(200);
  }
}
