package com.boxoffice.sandbox;

/** State that {@code POST /sandbox/reset} wipes, so that tests start from nothing. */
public interface Resettable {
  void reset();
}
