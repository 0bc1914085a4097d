package com.boxoffice.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.api.ApiTest;
import com.boxoffice.checkout.CheckoutStatus;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The two writings of the rule give one answer for every order a webhook can find. */
class SagaWaitTest extends ApiTest {

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("orders")
  void answersAlikeInJavaAndInTheDatabase(String orderStatus, String paymentStatus) {
    boolean inDatabase =
        db.select(
                DSL.when(
                        SagaWait.isPast(
                            DSL.val(orderStatus, SQLDataType.VARCHAR),
                            DSL.val(paymentStatus, SQLDataType.VARCHAR)),
                        true)
                    .otherwise(false))
            .fetchSingle()
            .value1();

    assertThat(inDatabase).isEqualTo(SagaWait.isPast(orderStatus, paymentStatus));
  }

  static Stream<Arguments> orders() {
    Stream<String> statuses =
        Stream.concat(
            Stream.of((String) null), Arrays.stream(CheckoutStatus.values()).map(Enum::name));
    return statuses.flatMap(status ->
        Stream.of(null, "requires_action", "requires_capture", "succeeded", "canceled")
            .map(payment -> Arguments.of(status, payment)));
  }
}
