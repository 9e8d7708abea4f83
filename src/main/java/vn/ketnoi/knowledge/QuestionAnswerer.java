package vn.ketnoi.knowledge;

import java.util.List;
import vn.ketnoi.text.Messages;

/** Writes the answer to a question from the entries found for it. */
public interface QuestionAnswerer {
  String answer(String question, List<Answers.Found> entries);

  /** Entries in one answer: a phone screen holds two, and retrieval is judged on its top two. */
  int MAX_ENTRIES = 2;
  /** An entry's text in an answer: its first sentence, or this many characters at most. */
  int MAX_ENTRY_CHARS = 220;

  /**
   * The rules' answer: each entry's name, the gist of what it offers and where to go, short enough
   * to read on a phone (the full text is the knowledge base's; staff can say more).
   */
  static QuestionAnswerer rules(Messages messages) {
    return (question, entries) -> {
      StringBuilder text = new StringBuilder(messages.get("answer.header"));
      for (Answers.Found f : entries.subList(0, Math.min(MAX_ENTRIES, entries.size()))) {
        text.append("\n\n• ").append(f.title()).append("\n").append(gist(f.text()));
        if (f.where() != null && !f.where().isBlank()) {
          text.append("\n").append(messages.get("answer.where", gist(f.where())));
        }
      }
      return text.toString();
    };
  }

  /** The first sentence, or the text cut at a word before {@link #MAX_ENTRY_CHARS} with "…". */
  static String gist(String text) {
    String t = text.strip();
    int end = t.indexOf(". ", 40);
    if (end > 0 && end < MAX_ENTRY_CHARS) {
      return t.substring(0, end + 1);
    }
    if (t.length() <= MAX_ENTRY_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX_ENTRY_CHARS - 1);
    return t.substring(0, cut > 0 ? cut : MAX_ENTRY_CHARS - 1).replaceAll("[,;:]$", "") + "…";
  }
}
