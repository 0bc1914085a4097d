package com.boxoffice.sandbox.email;

import com.boxoffice.sandbox.Resettable;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.stereotype.Component;

@Component
class Mailbox implements Resettable {
  private final ConcurrentLinkedDeque<CapturedMail> mails = new ConcurrentLinkedDeque<>();

  void add(CapturedMail mail) {
    mails.addFirst(mail);
  }

  /** Newest first; {@code to} (case-insensitive) keeps only the mails sent to that address. */
  List<CapturedMail> list(String to) {
    return mails.stream()
        .filter(mail -> to == null || mail.to().stream().anyMatch(to::equalsIgnoreCase))
        .toList();
  }

  @Override
  public void reset() {
    mails.clear();
  }
}
