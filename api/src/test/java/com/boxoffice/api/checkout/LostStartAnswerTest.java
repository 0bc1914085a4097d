package com.boxoffice.api.checkout;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.boxoffice.api.testworkflows.FakeCheckoutWorkflow;
import com.boxoffice.checkout.CheckoutRequest;
import io.grpc.Status;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The update-with-start's answer can be lost after the saga has started, even after it has ended:
 * the request is then answered from what the workflow knows, not with a 503. Temporal being
 * unreachable is still a 503.
 */
@Import(LostStartAnswerTest.LoseAnswers.class)
class LostStartAnswerTest extends ApiTest {
  /** Events whose update-with-start calls succeed on the server and then fail on the way back. */
  static final String LOST_ANSWER = "lost-answer";

  /** Events whose update-with-start calls fail before reaching the server. */
  static final String UNREACHABLE = "unreachable";

  @TestConfiguration
  static class LoseAnswers {
    @Bean
    WorkflowClientInterceptor loseUpdateWithStartAnswers() {
      return new WorkflowClientInterceptorBase() {
        @Override
        public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
            WorkflowClientCallsInterceptor next) {
          return new WorkflowClientCallsInterceptorBase(next) {
            @Override
            public <R> WorkflowUpdateWithStartOutput<R> updateWithStart(
                WorkflowUpdateWithStartInput<R> input) {
              String eventId =
                  ((CheckoutRequest) input.getWorkflowStartInput().getArguments()[0]).eventId();
              if (eventId.startsWith(UNREACHABLE)) {
                throw Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException();
              }
              WorkflowUpdateWithStartOutput<R> output = super.updateWithStart(input);
              if (eventId.startsWith(LOST_ANSWER)) {
                // Let the saga end, then lose its answer as a closing race on the server does.
                try {
                  output.getUpdateHandle().getResultAsync().handle((r, e) -> r).get();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                throw Status.NOT_FOUND
                    .withDescription("workflow execution already completed")
                    .asRuntimeException();
              }
              return output;
            }
          };
        }
      };
    }
  }

  private ResultActions startCheckout(String eventId, String paymentMethod) throws Exception {
    createEvent(eventId, 100);
    String body =
        """
        {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 2}],
         "customer": {"email": "ada@example.com", "name": "Ada Lovelace"},
         "paymentMethodId": "%s"}
        """
            .formatted(eventId, paymentMethod);
    return http.perform(
        json(post("/v1/checkouts"), body).header("Idempotency-Key", UUID.randomUUID().toString()));
  }

  @Test
  void aDeclineWhoseAnswerWasLostIsStillAnswered402() throws Exception {
    startCheckout(slug(LOST_ANSWER), FakeCheckoutWorkflow.DECLINED_CARD)
        .andExpect(status().isPaymentRequired())
        .andExpect(jsonPath("$.code").value("payment-declined"));
  }

  @Test
  void aCheckoutWhoseAnswerWasLostIsAnsweredWithItsState() throws Exception {
    startCheckout(slug(LOST_ANSWER), "pm_card_visa")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("AWAITING_PAYMENT"));
  }

  @Test
  void anUnreachableTemporalIsStill503() throws Exception {
    startCheckout(slug(UNREACHABLE), "pm_card_visa")
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.code").value("service-unavailable"));
  }
}
