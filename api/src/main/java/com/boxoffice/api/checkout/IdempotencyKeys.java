package com.boxoffice.api.checkout;

import static com.boxoffice.schema.Tables.API_IDEMPOTENCY_KEYS;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.schema.sql.RenderedSql;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Repository;

/** One checkout per Idempotency-Key, bound to the hash of the body it first came with. */
@Repository
class IdempotencyKeys {
  private final DSLContext db;

  IdempotencyKeys(DSLContext db) {
    this.db = db;
  }

  /** Claims a new key; changes no row when the key is taken. */
  private static final RenderedSql INSERT =
      RenderedSql.of(
          DSL.insertInto(API_IDEMPOTENCY_KEYS)
              .set(API_IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, DSL.param("key", String.class))
              .set(API_IDEMPOTENCY_KEYS.REQUEST_HASH, DSL.param("requestHash", String.class))
              .set(API_IDEMPOTENCY_KEYS.CHECKOUT_ID, DSL.param("checkoutId", String.class))
              .onConflictDoNothing());

  private static final RenderedSql TAKEN =
      RenderedSql.of(
          DSL.select(API_IDEMPOTENCY_KEYS.REQUEST_HASH, API_IDEMPOTENCY_KEYS.CHECKOUT_ID)
              .from(API_IDEMPOTENCY_KEYS)
              .where(API_IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(DSL.param("key", String.class))));

  private record Taken(String requestHash, String checkoutId) {}

  /**
   * The checkout the key stands for: {@code newCheckoutId} if the key is new. Every checkout's
   * {@code POST} runs it, so its statements are rendered once ({@link RenderedSql}).
   */
  Claim claim(String key, String requestHash, String newCheckoutId) {
    int inserted =
        INSERT.execute(db, "key", key, "requestHash", requestHash, "checkoutId", newCheckoutId);
    if (inserted == 1) {
      return new Claim(newCheckoutId, true);
    }
    Taken existing =
        TAKEN
            .fetchOptional(db, row -> new Taken(row.getString(1), row.getString(2)), "key", key)
            .orElseThrow(() -> new IllegalStateException("Idempotency-Key " + key + " vanished"));
    if (!existing.requestHash().equals(requestHash)) {
      throw ApiProblem.of(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "idempotency-key-reused",
          "This Idempotency-Key was already used with a different request body.");
    }
    return new Claim(existing.checkoutId(), false);
  }

  /** The key already stands for a checkout, whose answer a retry must get again. */
  boolean isClaimed(String key) {
    return db.fetchExists(API_IDEMPOTENCY_KEYS, API_IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key));
  }

  boolean isKnown(String checkoutId) {
    return db.fetchExists(API_IDEMPOTENCY_KEYS, API_IDEMPOTENCY_KEYS.CHECKOUT_ID.eq(checkoutId));
  }

  record Claim(String checkoutId, boolean isNew) {}
}
