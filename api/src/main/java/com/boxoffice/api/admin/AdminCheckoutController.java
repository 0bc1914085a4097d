package com.boxoffice.api.admin;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.FieldProblem;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.RefundWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "admin")
class AdminCheckoutController {
  private static final int MAX_LIMIT = 100;

  private final CheckoutSearch search;
  private final Refunds refunds;

  AdminCheckoutController(CheckoutSearch search, Refunds refunds) {
    this.search = search;
    this.refunds = refunds;
  }

  @GetMapping("/v1/admin/checkouts")
  @Operation(summary = "Checkouts from the database, newest first; follow nextCursor for more")
  CheckoutSearch.Page list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String eventId,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (status != null
        && Arrays.stream(CheckoutStatus.values()).noneMatch(s -> s.name().equals(status))) {
      problems.add(
          new FieldProblem("status", "must be one of " + Arrays.toString(CheckoutStatus.values())));
    }
    int size = 20;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        size = 0;
      }
      if (size < 1 || size > MAX_LIMIT) {
        problems.add(new FieldProblem("limit", "must be 1 to " + MAX_LIMIT));
      }
    }
    if (eventId != null && !eventId.matches("^[a-z0-9-]{1,64}$")) {
      problems.add(new FieldProblem("eventId", "must be 1-64 characters of a-z, 0-9 and -"));
    }
    // PostgreSQL cannot even compare text holding a NUL, so such a search would fail, not miss.
    if (email != null && email.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem("email", "must not contain control characters"));
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    return search.find(new CheckoutSearch.Filter(status, email, eventId, size, cursor));
  }

  @PostMapping("/v1/admin/checkouts/{checkoutId}/refund")
  @Operation(summary = "Refund a CONFIRMED checkout durably (202); it ends REFUNDED")
  ResponseEntity<Map<String, String>> refund(
      @PathVariable String checkoutId, @RequestBody(required = false) RefundBody body) {
    String reason = body == null || body.reason() == null ? "operator" : body.reason();
    refunds.refund(checkoutId, reason);
    return ResponseEntity.accepted()
        .body(
            Map.of("checkoutId", checkoutId, "workflowId", RefundWorkflow.workflowId(checkoutId)));
  }

  record RefundBody(String reason) {}
}
