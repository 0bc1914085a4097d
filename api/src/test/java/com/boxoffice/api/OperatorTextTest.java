package com.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperatorTextTest {

  @Test
  void writesAmountsInTheCurrencysOwnDecimals() {
    assertThat(OperatorText.money(75000, "usd")).isEqualTo("750.00 USD");
    assertThat(OperatorText.money(1500, "jpy")).isEqualTo("1500 JPY");
  }

  @Test
  void fitsTextIntoItsByteBudgetWithAnEllipsis() {
    String fitted = OperatorText.fit("\"quoted\" ".repeat(50), 40);
    assertThat(OperatorText.size(fitted)).isLessThanOrEqualTo(40);
    assertThat(fitted).endsWith("…");
  }
}
