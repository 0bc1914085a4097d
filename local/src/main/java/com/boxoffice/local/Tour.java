package com.boxoffice.local;

/** The copy-paste tour printed once the stack is up. */
final class Tour {
  private Tour() {}

  static String text(LocalStack stack) {
    LocalStackOptions o = stack.options();
    String api = o.apiUrl();
    return """
    Box Office is running.
      API        %1$s   (OpenAPI UI: %1$s/swagger-ui.html)
      Sandbox    %2$s   (Stripe + SendGrid stand-in)
      Temporal   %3$s
      PostgreSQL %4$s
    Try a checkout (demo event "%5$s" is seeded):

      curl -s %1$s/v1/events/%5$s

      curl -s -X POST %1$s/v1/checkouts \\
        -H 'Content-Type: application/json' -H 'Idempotency-Key: demo-1' \\
        -d '{"eventId":"%5$s","items":[{"ticketTypeId":"general","quantity":2}],
             "customer":{"email":"ada@example.com","name":"Ada Lovelace"},
             "paymentMethodId":"pm_card_visa"}'

      curl -s %1$s/v1/checkouts/<checkoutId>
      curl -s '%2$s/sandbox/emails?to=ada@example.com'

    Ctrl-C stops everything.
    """
        .formatted(
            api, o.sandboxUrl(), stack.temporalDescription(), stack.jdbcUrl(), DemoEvent.EVENT_ID);
  }
}
