package com.boxoffice.sandbox.email;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A mail accepted by {@code POST /v3/mail/send}, as {@code GET /sandbox/emails} shows it. */
record CapturedMail(
    String messageId,
    List<String> to,
    String from,
    String subject,
    String text,
    String html,
    String templateId,
    Map<String, Object> customArgs,
    List<String> categories,
    Instant receivedAt) {}
