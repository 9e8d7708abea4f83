package vn.ketnoi.knowledge;

import java.util.List;
import vn.ketnoi.text.Messages;

/** Writes the answer to a question from the entries found for it. */
public interface QuestionAnswerer {
  String answer(String question, List<Answers.Found> entries);

  /** The rules' answer: each entry's short text and where to go, as the knowledge base says it. */
  static QuestionAnswerer rules(Messages messages) {
    return (question, entries) -> {
      StringBuilder text = new StringBuilder(messages.get("answer.header"));
      for (Answers.Found f : entries) {
        text.append("\n\n• ").append(f.title()).append("\n").append(f.text());
        if (f.where() != null && !f.where().isBlank()) {
          text.append("\n").append(messages.get("answer.where", f.where()));
        }
      }
      return text.toString();
    };
  }
}
