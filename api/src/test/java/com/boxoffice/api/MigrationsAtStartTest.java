package com.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The API does not migrate the schema at start: one process does, before every replica starts. */
class MigrationsAtStartTest extends ApiTest {
  @Autowired private ApplicationContext context;

  @Test
  void leavesTheMigrationsToTheOneShotThatRunsBeforeIt() {
    assertThat(context.getBeanNamesForType(Flyway.class)).isEmpty();
  }
}
