package com.boxoffice.api.checkout;

import static com.boxoffice.schema.Tables.API_IDEMPOTENCY_KEYS;

import com.boxoffice.api.ApiProblem;
import org.jooq.DSLContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Repository;

/** One checkout per Idempotency-Key, bound to the hash of the body it first came with. */
@Repository
class IdempotencyKeys {
  private final DSLContext db;

  IdempotencyKeys(DSLContext db) {
    this.db = db;
  }

  /** The checkout the key stands for: {@code newCheckoutId} if the key is new. */
  Claim claim(String key, String requestHash, String newCheckoutId) {
    int inserted =
        db.insertInto(API_IDEMPOTENCY_KEYS)
            .set(API_IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key)
            .set(API_IDEMPOTENCY_KEYS.REQUEST_HASH, requestHash)
            .set(API_IDEMPOTENCY_KEYS.CHECKOUT_ID, newCheckoutId)
            .onConflictDoNothing()
            .execute();
    if (inserted == 1) {
      return new Claim(newCheckoutId, true);
    }
    var existing =
        db.select(API_IDEMPOTENCY_KEYS.REQUEST_HASH, API_IDEMPOTENCY_KEYS.CHECKOUT_ID)
            .from(API_IDEMPOTENCY_KEYS)
            .where(API_IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key))
            .fetchSingle();
    if (!existing.value1().equals(requestHash)) {
      throw ApiProblem.of(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "idempotency-key-reused",
          "This Idempotency-Key was already used with a different request body.");
    }
    return new Claim(existing.value2(), false);
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
