package com.boxoffice.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One change to a valid body at a path such as {@code items[0].quantity}: a value, or removal. */
record JsonEdit(String path, JsonNode value) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonEdit removing(String path) {
    return new JsonEdit(path, null);
  }

  String applyTo(String validBody) {
    try {
      JsonNode root = JSON.readTree(validBody);
      String[] steps = path.replace("[", ".[").split("\\.");
      JsonNode parent = root;
      for (int i = 0; i < steps.length - 1; i++) {
        parent = step(parent, steps[i]);
      }
      String last = steps[steps.length - 1];
      if (last.startsWith("[")) {
        int index = Integer.parseInt(last.substring(1, last.length() - 1));
        ArrayNode array = (ArrayNode) parent;
        if (value == null) {
          array.remove(index);
        } else {
          array.set(index, value);
        }
      } else if (value == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, value);
      }
      return JSON.writeValueAsString(root);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot edit " + path + " in " + validBody, e);
    }
  }

  private static JsonNode step(JsonNode node, String step) {
    return step.startsWith("[")
        ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
        : node.get(step);
  }
}
