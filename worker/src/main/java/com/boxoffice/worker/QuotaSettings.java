package com.boxoffice.worker;

import java.time.Duration;

/**
 * How fast all workers together may call each provider, and how long one call may wait for its
 * turn. Kept in the shared database ({@link com.boxoffice.quota.CallQuotas}), so adding workers
 * never adds calls.
 *
 * @param stripePerSecond calls per second to Stripe from the whole cluster ({@code
 *     STRIPE_RATE_LIMIT}); keep it below Stripe's own limit for the account's mode
 * @param sendgridPerSecond calls per second to SendGrid from the whole cluster ({@code
 *     SENDGRID_RATE_LIMIT})
 * @param longestWait how long a call may wait for its turn before its attempt fails, to be retried
 *     when a permit is expected ({@code PROVIDER_RATE_LIMIT_WAIT}). The call may run as a local
 *     activity holding its workflow task, so keep it short; with the client's connect and read
 *     timeouts it must stay below the activity's start-to-close timeout
 */
record QuotaSettings(int stripePerSecond, int sendgridPerSecond, Duration longestWait) {}
