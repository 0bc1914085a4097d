package com.boxoffice.sandbox.stripe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stripe's form-encoded parameters, including nested keys like {@code metadata[order]=…}. */
final class FormParams {
  private final Map<String, String[]> raw;

  FormParams(Map<String, String[]> raw) {
    this.raw = raw;
  }

  /** The value, or null when absent or empty (Stripe's way of unsetting). */
  String get(String name) {
    String[] values = raw.get(name);
    return values == null || values.length == 0 || values[0].isEmpty() ? null : values[0];
  }

  String get(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  String required(String name) {
    String value = get(name);
    if (value == null) {
      throw StripeApiException.missing(name);
    }
    return value;
  }

  boolean bool(String name) {
    return "true".equalsIgnoreCase(get(name));
  }

  /** A non-negative integer in minor units, or null when absent. */
  Long amount(String name) {
    String value = get(name);
    if (value == null) {
      return null;
    }
    try {
      long amount = Long.parseLong(value);
      if (amount >= 0) {
        return amount;
      }
    } catch (NumberFormatException e) {
      // answered below like any other invalid integer
    }
    throw StripeApiException.invalidRequest(
        "parameter_invalid_integer", name, "Invalid integer: " + value);
  }

  /** {@code name[key]=value} pairs, sorted by key. */
  Map<String, String> nested(String name) {
    Map<String, String> nested = new TreeMap<>();
    raw.forEach((key, values) -> {
      if (key.startsWith(name + "[") && key.endsWith("]") && values.length > 0) {
        nested.put(key.substring(name.length() + 1, key.length() - 1), values[0]);
      }
    });
    return nested;
  }

  /** Values of {@code name[0]=…}, {@code name[]=…} or a repeated {@code name=…}. */
  List<String> list(String name) {
    List<String> list = new ArrayList<>(nested(name).values());
    String[] repeated = raw.get(name + "[]");
    if (repeated != null) {
      list.addAll(List.of(repeated));
    }
    if (raw.containsKey(name)) {
      list.addAll(List.of(raw.get(name)));
    }
    return list;
  }
}
