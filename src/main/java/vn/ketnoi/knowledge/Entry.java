package vn.ketnoi.knowledge;

import java.util.List;

/** An FAQ answer or an event, as questions are answered from them. */
public sealed interface Entry permits Entry.Faq, Entry.Event {
  String id();

  List<String> keywords();

  /** An answer about the department's services, from knowledge/faq.json. */
  record Faq(String id, String question, String answer, List<String> keywords) implements Entry {}

  /** A techmart or supply–demand day, from knowledge/events.json. */
  record Event(String id, String title, String kind, String date, String place, String summary,
      String register, List<String> keywords) implements Entry {}
}
