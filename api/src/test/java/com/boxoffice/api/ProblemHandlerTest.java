package com.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** A database failure jOOQ reports directly is a 503 when it is brief, a 500 when it is a bug. */
class ProblemHandlerTest {
  @Test
  void aPoolOutOfConnectionsOrALostServerIsBrief() {
    assertThat(brief(new SQLTransientConnectionException("pool timed out"))).isTrue();
    assertThat(brief(new SQLException("connection refused", "08001"))).isTrue();
    assertThat(brief(new SQLException("terminating connection", "57P01"))).isTrue();
    assertThat(brief(new SQLException("could not serialize", "40001"))).isTrue();
  }

  @Test
  void aBadStatementIsNot() {
    assertThat(brief(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(brief(new SQLException("duplicate key", "23505"))).isFalse();
  }

  private static boolean brief(SQLException cause) {
    return ProblemHandler.isBriefUnavailability(new DataAccessException("failed", cause));
  }
}
