package com.boxoffice.loadtest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HistoryCostTest {

  @Test
  void samplesEvenlyAcrossTheWholeWindowRatherThanItsStart() {
    List<String> ids = IntStream.range(0, 100).mapToObj(i -> "w" + i).toList();

    assertThat(HistoryCost.sample(ids, 4)).containsExactly("w0", "w25", "w50", "w75");
  }

  @Test
  void takesEverySagaWhenFewerCompletedThanTheSample() {
    assertThat(HistoryCost.sample(List.of("a", "b"), 20)).containsExactly("a", "b");
  }

  @Test
  void takesTheLowerOfTheMiddleTwoAsTheMedianOfAnEvenCount() {
    assertThat(HistoryCost.median(List.of(5L, 1L, 3L))).isEqualTo(3);
    assertThat(HistoryCost.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2);
  }
}
