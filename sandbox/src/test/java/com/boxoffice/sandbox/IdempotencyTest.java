package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams.CaptureMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
  private final TestSandbox sandbox = TestSandbox.get();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void sameKeyAndParametersReplayTheFirstAnswer() throws Exception {
    PaymentIntent first =
        Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "checkout-1");

    PaymentIntent second =
        Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "checkout-1");

    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(second.getLastResponse().headers().firstValue("Idempotent-Replayed"))
        .hasValue("true");
    assertThat(sandbox.get("/sandbox/payment_intents")).hasSize(1);
  }

  @Test
  void replayedDeclineIsTheSameDecline() {
    String first = declinedIntent("checkout-declined");

    String replayed = declinedIntent("checkout-declined");

    assertThat(replayed).isEqualTo(first);
    assertThat(sandbox.get("/sandbox/payment_intents")).hasSize(1);
  }

  @Test
  void sameKeyWithOtherParametersIsAnIdempotencyError() throws Exception {
    Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "checkout-2");

    IdempotencyException e =
        catchThrowableOfType(
            IdempotencyException.class,
            () ->
                Intents.create(
                    Intents.params(CaptureMethod.AUTOMATIC, "pm_card_visa"), "checkout-2"));

    assertThat(e.getStatusCode()).isEqualTo(400);
  }

  @Test
  void concurrentRequestsWithOneKeyExecuteOnce() throws Exception {
    List<String> ids =
        inParallel(
            20,
            i ->
                Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "same-key")
                    .getId());

    assertThat(Set.copyOf(ids)).hasSize(1);
    assertThat(sandbox.get("/sandbox/payment_intents")).hasSize(1);
  }

  @Test
  void flashSaleOfConcurrentCheckoutsAuthorizesEachOnce() throws Exception {
    List<String> ids =
        inParallel(
            120,
            i ->
                Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "sale-" + i)
                    .getId());

    assertThat(Set.copyOf(ids)).hasSize(120);
    assertThat(sandbox.get("/sandbox/payment_intents?status=requires_capture")).hasSize(120);
  }

  @Test
  void racingCapturesOfOneIntentCaptureItOnce() throws Exception {
    String id = Intents.manual("pm_card_visa").getId();

    List<String> outcomes =
        inParallel(
            10,
            i -> {
              try {
                return sandbox.stripe.v1().paymentIntents().capture(id).getStatus();
              } catch (InvalidRequestException e) {
                return e.getCode();
              }
            });

    assertThat(outcomes).containsOnlyOnce("succeeded");
    assertThat(sandbox.get("/sandbox/payment_intents/" + id).get("capture_count").asInt())
        .isEqualTo(1);
  }

  private interface Call<T> {
    T run(int i) throws Exception;
  }

  private static <T> List<T> inParallel(int count, Call<T> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
      List<Future<T>> futures =
          IntStream.range(0, count)
              .mapToObj(i -> pool.submit(() -> call.run(i)))
              .collect(Collectors.toList());
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    }
  }

  private static String declinedIntent(String idempotencyKey) {
    return catchThrowableOfType(
            CardException.class,
            () ->
                Intents.create(
                    Intents.params(CaptureMethod.MANUAL, "pm_card_chargeDeclined"), idempotencyKey))
        .getStripeError()
        .getPaymentIntent()
        .getId();
  }
}
