package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams.CaptureMethod;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The sandbox shares the benchmark's cores with what it stands in for, so it spends none on what
 * Stripe's own servers would do out of sight: it times no request. Its ids, now drawn from a cheap
 * random source, keep Stripe's shape and do not repeat.
 */
class LeanSandboxTest {
  private final TestSandbox sandbox = TestSandbox.get();

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void requestsAreNotTimed() throws Exception {
    PaymentIntent intent =
        Intents.create(Intents.params(CaptureMethod.MANUAL, "pm_card_visa"), "lean-1");
    assertThat(intent.getStatus()).isEqualTo("requires_capture");

    // The timing filter would record after the answer has left, so its absence is what is checked
    // first: the meter alone could still be missing when read even if requests were timed.
    assertThat(sandbox.context.getBeansOfType(FilterRegistrationBean.class).values())
        .extracting(FilterRegistrationBean::getFilter)
        .noneMatch(ServerHttpObservationFilter.class::isInstance);
    assertThat(sandbox.context.getBeansOfType(ServerHttpObservationFilter.class)).isEmpty();
    MeterRegistry meters = sandbox.context.getBean(MeterRegistry.class);
    assertThat(meters.find("http.server.requests").meters()).isEmpty();
  }

  @Test
  void idsLookLikeStripesAndDoNotRepeat() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String id = StripeIds.next("pi");
      assertThat(id).matches("pi_[0-9A-Za-z]{24}");
      ids.add(id);
    }
    assertThat(ids).hasSize(100_000);
  }
}
