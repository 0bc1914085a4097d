package com.boxoffice.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketCodesTest {
  private final TicketCodes codes = new TicketCodes();

  @Test
  void writesTwelveCrockfordCharactersInGroupsOfFour() {
    assertThat(codes.next())
        .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  }

  @Test
  void neverRepeatsACodeInTenThousandDraws() {
    Set<String> drawn = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      drawn.add(codes.next());
    }

    assertThat(drawn).hasSize(10_000);
  }

  @Test
  void usesEveryCharacterOfTheAlphabet() {
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      codes.next().chars().filter(c -> c != '-').forEach(c -> seen.add((char) c));
    }

    assertThat(seen).hasSize(32);
  }
}
