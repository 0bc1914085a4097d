package com.boxoffice.api.checkout;

import com.boxoffice.api.Amount;
import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.ApiProperties;
import com.boxoffice.api.FieldProblem;
import com.boxoffice.api.RequestValidation;
import com.boxoffice.api.checkout.CheckoutShapes.CancelAccepted;
import com.boxoffice.api.checkout.CheckoutShapes.CheckoutCreated;
import com.boxoffice.api.checkout.CheckoutShapes.CheckoutView;
import com.boxoffice.api.checkout.CheckoutShapes.NewPayment;
import com.boxoffice.api.checkout.CheckoutShapes.StartCheckout;
import com.boxoffice.api.checkout.CheckoutShapes.TicketView;
import com.boxoffice.api.line.CheckoutLine;
import com.boxoffice.checkout.CheckoutRequest;
import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.Customer;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "checkouts")
class CheckoutController {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String CHECKOUTS = "/v1/checkouts";

  private final RequestValidation validation;
  private final TicketCatalog catalog;
  private final IdempotencyKeys keys;
  private final CheckoutLine line;
  private final CheckoutStarter starter;
  private final CheckoutReader reader;
  private final CheckoutCanceller canceller;
  private final ApiProperties properties;

  CheckoutController(
      RequestValidation validation,
      TicketCatalog catalog,
      IdempotencyKeys keys,
      CheckoutLine line,
      CheckoutStarter starter,
      CheckoutReader reader,
      CheckoutCanceller canceller,
      ApiProperties properties) {
    this.validation = validation;
    this.catalog = catalog;
    this.keys = keys;
    this.line = line;
    this.starter = starter;
    this.reader = reader;
    this.canceller = canceller;
    this.properties = properties;
  }

  @PostMapping(CHECKOUTS)
  @Operation(summary = "Hold seats and create the payment intent (201), or say why not")
  ResponseEntity<CheckoutCreated> start(
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody StartCheckout body) {
    RequestValidation.reject(problems(key, body));
    StartCheckout canonical = CheckoutRequests.canonical(body);
    CheckoutState state =
        line.admit(() -> refuseIfSoldOut(key, canonical), () -> startUnlessSoldOut(key, canonical));
    return ResponseEntity.created(CheckoutStarter.location(state.checkoutId()))
        .body(
            new CheckoutCreated(
                state.checkoutId(),
                state.status().name(),
                state.amount() == null
                    ? null
                    : new Amount(state.amount().value(), state.amount().currency()),
                new NewPayment(
                    state.paymentIntentId(), state.clientSecret(), state.paymentStatus()),
                TicketView.of(state.tickets()),
                state.expiresAt()));
  }

  @GetMapping("/v1/checkouts/{checkoutId}")
  @Operation(summary = "A checkout's status, payment and tickets")
  CheckoutView checkout(@PathVariable String checkoutId) {
    return reader.read(checkoutId).orElseThrow(() -> ApiProblem.notFound("No such checkout."));
  }

  @PostMapping("/v1/checkouts/{checkoutId}/cancel")
  @Operation(summary = "Give up a checkout while it can still be undone (202), else 409")
  ResponseEntity<CancelAccepted> cancel(@PathVariable String checkoutId) {
    var status = canceller.cancel(checkoutId);
    return ResponseEntity.accepted()
        .location(CheckoutStarter.location(checkoutId))
        .body(new CancelAccepted(checkoutId, status.name()));
  }

  /** Read at the buyer's turn: the seats may have gone while they waited in line. */
  private CheckoutState startUnlessSoldOut(String key, StartCheckout canonical) {
    Quote quote = refuseIfSoldOut(key, canonical);
    var claim = keys.claim(key, CheckoutRequests.hash(canonical), CheckoutRequests.newId());
    return starter.start(workflowRequest(claim.checkoutId(), canonical), quote);
  }

  private Quote refuseIfSoldOut(String key, StartCheckout canonical) {
    Quote quote = catalog.quote(canonical.eventId(), canonical.items());
    if (quote.seatsShort() && !keys.isClaimed(key)) {
      // The hold would be refused: no saga, no key claimed, nothing written.
      starter.refuseSoldOut();
    }
    return quote;
  }

  private CheckoutRequest workflowRequest(String checkoutId, StartCheckout body) {
    return new CheckoutRequest(
        checkoutId,
        body.eventId(),
        body.items().stream().map(i -> new TicketLine(i.ticketTypeId(), i.quantity())).toList(),
        new Customer(body.customer().email(), body.customer().name()),
        body.paymentMethodId(),
        properties.checkout().holdTtl(),
        properties.checkout().capture());
  }

  private List<FieldProblem> problems(String key, StartCheckout body) {
    List<FieldProblem> problems = new ArrayList<>();
    if (key == null || key.isEmpty() || key.length() > 255) {
      problems.add(new FieldProblem(IDEMPOTENCY_KEY, "is required, 1 to 255 characters"));
    }
    problems.addAll(validation.problems(body));
    if (body.items() != null) {
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < body.items().size(); i++) {
        var item = body.items().get(i);
        if (item != null && item.ticketTypeId() != null) {
          if (seen.contains(item.ticketTypeId())) {
            problems.add(new FieldProblem("items[" + i + "].ticketTypeId", "is repeated"));
          }
          seen.add(item.ticketTypeId());
        }
      }
    }
    return problems;
  }
}
