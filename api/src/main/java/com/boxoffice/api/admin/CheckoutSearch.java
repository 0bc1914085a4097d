package com.boxoffice.api.admin;

import static com.boxoffice.schema.Tables.ORDERS;

import com.boxoffice.api.Amount;
import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Operators' search over orders, newest first, one keyset page at a time. */
@Repository
class CheckoutSearch {
  private final DSLContext db;

  CheckoutSearch(DSLContext db) {
    this.db = db;
  }

  Page find(Filter filter) {
    List<Condition> where = new ArrayList<>();
    if (filter.status() != null) {
      where.add(ORDERS.STATUS.eq(filter.status()));
    }
    if (filter.email() != null) {
      where.add(DSL.lower(ORDERS.CUSTOMER_EMAIL).eq(filter.email().toLowerCase()));
    }
    if (filter.eventId() != null) {
      where.add(ORDERS.EVENT_ID.eq(filter.eventId()));
    }
    if (filter.cursor() != null) {
      Cursor after = Cursor.decode(filter.cursor());
      where.add(
          DSL.row(ORDERS.CREATED_AT, ORDERS.CHECKOUT_ID)
              .lt(after.createdAt().atOffset(ZoneOffset.UTC), after.checkoutId()));
    }
    var rows =
        db.selectFrom(ORDERS)
            .where(where)
            .orderBy(ORDERS.CREATED_AT.desc(), ORDERS.CHECKOUT_ID.desc())
            .limit(filter.limit() + 1)
            .fetch();
    List<Summary> items = new ArrayList<>();
    for (var row : rows.subList(0, Math.min(rows.size(), filter.limit()))) {
      items.add(
          new Summary(
              row.getCheckoutId(),
              row.getStatus(),
              row.getEventId(),
              new Amount(row.getAmountMinor(), row.getCurrency().trim()),
              row.getCustomerEmail(),
              row.getCustomerName(),
              row.getPaymentIntentId(),
              row.getNeedsAttention(),
              instant(row.getCreatedAt()),
              instant(row.getUpdatedAt())));
    }
    String next = null;
    if (rows.size() > filter.limit()) {
      Summary last = items.get(items.size() - 1);
      next = new Cursor(last.createdAt(), last.checkoutId()).encode();
    }
    return new Page(items, next);
  }

  private static Instant instant(OffsetDateTime time) {
    return time.toInstant();
  }

  record Filter(String status, String email, String eventId, int limit, String cursor) {}

  record Summary(
      String checkoutId,
      String status,
      String eventId,
      Amount amount,
      String email,
      String name,
      String paymentIntentId,
      boolean needsAttention,
      Instant createdAt,
      Instant updatedAt) {}

  record Page(List<Summary> items, String nextCursor) {}

  /** Where the last page ended; opaque to clients. */
  record Cursor(Instant createdAt, String checkoutId) {
    String encode() {
      String text = createdAt + "|" + checkoutId;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
      try {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int bar = text.indexOf('|');
        if (text.chars().anyMatch(Character::isISOControl)) {
          throw new IllegalArgumentException("We never write control characters into a cursor");
        }
        return new Cursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
      } catch (RuntimeException e) {
        throw ApiProblem.invalid(List.of(new FieldProblem("cursor", "is not a cursor from us")));
      }
    }
  }
}
