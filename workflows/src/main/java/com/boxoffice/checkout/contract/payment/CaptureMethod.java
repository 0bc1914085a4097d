package com.boxoffice.checkout.contract.payment;

/** MANUAL authorizes first and captures at the pivot; AUTOMATIC charges at once. */
public enum CaptureMethod {
  MANUAL,
  AUTOMATIC
}
