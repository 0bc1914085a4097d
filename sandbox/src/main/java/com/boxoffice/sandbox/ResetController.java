package com.boxoffice.sandbox;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResetController {
  private final List<Resettable> state;

  ResetController(List<Resettable> state) {
    this.state = state;
  }

  @PostMapping("/sandbox/reset")
  ResponseEntity<Void> reset() {
    state.forEach(Resettable::reset);
    return ResponseEntity.noContent().build();
  }
}
