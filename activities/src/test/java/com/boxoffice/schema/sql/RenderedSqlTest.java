package com.boxoffice.schema.sql;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.testkit.PostgresExtension;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RenderedSqlTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final OffsetDateTime STARTS =
      OffsetDateTime.of(2030, 7, 1, 18, 0, 0, 0, ZoneOffset.UTC);

  private static final RenderedSql INSERT_EVENT =
      RenderedSql.of(
          DSL.insertInto(EVENTS)
              .set(EVENTS.EVENT_ID, DSL.param("eventId", String.class))
              .set(EVENTS.NAME, DSL.param("name", String.class))
              .set(EVENTS.CURRENCY, DSL.inline("usd"))
              .set(EVENTS.STARTS_AT, DSL.param("startsAt", OffsetDateTime.class))
              .onConflictDoNothing());

  private static final RenderedSql INSERT_TYPE =
      RenderedSql.of(
          DSL.insertInto(TICKET_TYPES)
              .set(TICKET_TYPES.EVENT_ID, DSL.param("eventId", String.class))
              .set(TICKET_TYPES.TICKET_TYPE_ID, DSL.param("typeId", String.class))
              .set(TICKET_TYPES.NAME, DSL.param("typeId", String.class))
              .set(TICKET_TYPES.PRICE_MINOR, DSL.param("price", Long.class))
              .set(TICKET_TYPES.CAPACITY, DSL.param("capacity", Integer.class)));

  private static final RenderedSql SEATS_LEFT =
      RenderedSql.of(
          DSL.select(
                  TICKET_TYPES.TICKET_TYPE_ID,
                  TICKET_TYPES.CAPACITY.minus(TICKET_TYPES.HELD).minus(TICKET_TYPES.SOLD),
                  EVENTS.STARTS_AT)
              .from(TICKET_TYPES)
              .join(EVENTS)
              .on(EVENTS.EVENT_ID.eq(TICKET_TYPES.EVENT_ID))
              .where(TICKET_TYPES.EVENT_ID.eq(DSL.param("eventId", String.class)))
              .and(TICKET_TYPES.TICKET_TYPE_ID.eq(DSL.any(DSL.param("typeIds", String[].class))))
              .orderBy(TICKET_TYPES.TICKET_TYPE_ID));

  @Test
  void runsTheRenderedStatementWithEachExecutionsValues() {
    assertThat(
            INSERT_EVENT.execute(
                postgres.dsl(), "eventId", "fest", "name", "Fest", "startsAt", STARTS))
        .isEqualTo(1);
    assertThat(
            INSERT_EVENT.execute(
                postgres.dsl(), "eventId", "fest", "name", "Again", "startsAt", STARTS))
        .isZero();
    for (String type : new String[] {"ga", "vip", "crew"}) {
      INSERT_TYPE.execute(
          postgres.dsl(), "eventId", "fest", "typeId", type, "price", 15_000L, "capacity", 40);
    }

    assertThat(
            SEATS_LEFT.fetch(
                postgres.dsl(),
                row ->
                    row.getString(1)
                        + "="
                        + row.getInt(2)
                        + "@"
                        + row.getObject(3, OffsetDateTime.class).toInstant(),
                "eventId",
                "fest",
                "typeIds",
                new String[] {"vip", "ga", "none"}))
        .containsExactly("ga=40@" + STARTS.toInstant(), "vip=40@" + STARTS.toInstant());
    assertThat(postgres.dsl().fetchValue(TICKET_TYPES.NAME, TICKET_TYPES.TICKET_TYPE_ID.eq("crew")))
        .as("a name used twice binds both places")
        .isEqualTo("crew");
  }

  @Test
  void bindsNullAsAValue() {
    RenderedSql isNull = RenderedSql.of(DSL.select(DSL.param("x", String.class).isNull()));

    assertThat(isNull.fetchOptional(postgres.dsl(), row -> row.getBoolean(1), "x", null))
        .contains(true);
    assertThat(isNull.fetchOptional(postgres.dsl(), row -> row.getBoolean(1), "x", "a"))
        .contains(false);
    assertThat(
            SEATS_LEFT.fetchOptional(
                postgres.dsl(), row -> row.getString(1), "eventId", null, "typeIds", null))
        .isEmpty();
  }

  @Test
  void refusesMissingOrUnknownNames() {
    assertThatThrownBy(
            () -> INSERT_EVENT.execute(postgres.dsl(), "eventId", "fest", "name", "Fest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startsAt");
    assertThatThrownBy(() ->
            INSERT_EVENT.execute(
                postgres.dsl(), "eventId", "x", "name", "X", "startsAt", STARTS, "extra", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inlinesAValueThatIsNotNamed() {
    RenderedSql rename =
        RenderedSql.of(
            DSL.update(EVENTS)
                .set(EVENTS.NAME, "It's Fest")
                .where(EVENTS.EVENT_ID.eq(DSL.param("eventId", String.class))));

    assertThat(rename.sql()).contains("'It''s Fest'").endsWith("= ?");
  }

  @Test
  void leavesQuotesAndCastsAsTheyAre() {
    RenderedSql parsed =
        RenderedSql.parse(
            "select ':not', \"a:b\", 'it''s :x', x::text from t where y = :y and z = :z", Map.of());

    assertThat(parsed.sql())
        .isEqualTo("select ':not', \"a:b\", 'it''s :x', x::text from t where y = ? and z = ?");
  }
}
