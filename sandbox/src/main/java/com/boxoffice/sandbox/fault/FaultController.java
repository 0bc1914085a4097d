package com.boxoffice.sandbox.fault;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class FaultController {
  private final FaultSettings settings;

  FaultController(FaultSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/sandbox/faults")
  Faults get() {
    return settings.current();
  }

  @PutMapping("/sandbox/faults")
  Faults put(@RequestBody Faults faults) {
    String problem = faults.problem();
    if (problem != null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
    }
    settings.replace(faults);
    return faults;
  }
}
