package com.boxoffice.sandbox.email;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The checks of SendGrid's v3 mail send that a mail built by sendgrid-java can fail. */
final class MailValidator {
  /** One entry of SendGrid's {@code {"errors": [...]}} answer. */
  record Problem(String message, String field, String help) {}

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final String HELP =
      "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html";

  private MailValidator() {}

  static List<Problem> problems(JsonNode mail) {
    List<Problem> problems = new ArrayList<>();
    JsonNode personalizations = mail.path("personalizations");
    boolean templated = mail.hasNonNull("template_id");
    if (!personalizations.isArray() || personalizations.isEmpty()) {
      problems.add(
          new Problem(
              "The personalizations field is required and must have at least one"
                  + " personalization.",
              "personalizations",
              HELP + "#-Personalizations-Errors"));
    }
    boolean everyPersonalizationHasSubject = personalizations.size() > 0;
    for (int i = 0; i < personalizations.size(); i++) {
      JsonNode personalization = personalizations.get(i);
      everyPersonalizationHasSubject &= personalization.hasNonNull("subject");
      JsonNode to = personalization.path("to");
      if (!to.isArray() || to.isEmpty()) {
        problems.add(
            new Problem(
                "The to array is required for all personalization objects, and must have at"
                    + " least one email object with a valid email address.",
                "personalizations." + i + ".to",
                HELP + "#message.personalizations.to"));
      }
      for (int j = 0; j < to.size(); j++) {
        if (!ADDRESS.matcher(to.get(j).path("email").asText()).matches()) {
          problems.add(
              new Problem(
                  "Does not contain a valid address.",
                  "personalizations." + i + ".to." + j + ".email",
                  HELP + "#message.personalizations.to"));
        }
      }
    }
    if (!ADDRESS.matcher(mail.path("from").path("email").asText()).matches()) {
      problems.add(
          new Problem(
              "The from object must be provided for every email send. It is an object that"
                  + " requires the email parameter, but may also contain a name parameter.",
              "from.email",
              HELP + "#message.from"));
    }
    if (!templated && !mail.hasNonNull("subject") && !everyPersonalizationHasSubject) {
      problems.add(
          new Problem(
              "The subject is required. You can get around this requirement if you use a"
                  + " template with a subject defined or if every personalization has a subject"
                  + " defined.",
              "subject",
              HELP + "#message.subject"));
    }
    JsonNode content = mail.path("content");
    if (!templated && (!content.isArray() || content.isEmpty())) {
      problems.add(
          new Problem(
              "Unless a valid template_id is provided, the content parameter is required. There"
                  + " must be at least one defined content block.",
              "content",
              HELP + "#message.content"));
    }
    return problems;
  }
}
