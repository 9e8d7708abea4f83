package vn.ketnoi.conversation;

import java.util.List;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.knowledge.Answers;
import vn.ketnoi.knowledge.EntryLookup;
import vn.ketnoi.knowledge.QuestionAnswerer;
import vn.ketnoi.text.Messages;

/** Answers questions from the knowledge base, or says honestly that it does not know. */
public final class Questions {
  static final String PASS_TO_STAFF = new ButtonData.PassQuestion().render();

  private final EntryLookup answers;
  private final QuestionAnswerer answerer;
  private final Messages messages;

  public Questions(EntryLookup answers, QuestionAnswerer answerer, Messages messages) {
    this.answers = answers;
    this.answerer = answerer;
    this.messages = messages;
  }

  /** The reply to a question; may be slow (a model), so call it outside transactions. */
  Reply answer(String question) {
    List<Answers.Found> found = answers.find(question, 3);
    if (found.isEmpty()) {
      return new Reply.Choice(messages.get("answer.none"),
          List.of(new Reply.Button(messages.get("answer.pass"), PASS_TO_STAFF)));
    }
    // An answer about events says how to register for them, which the entries do not.
    String register = Registering.aboutEvents(question)
        ? "\n\n" + messages.get("answer.events_register") : "";
    return new Reply.Text(answerer.answer(question, found) + register + "\n\n"
        + messages.get("answer.footer"));
  }

  static boolean unanswered(Reply reply) {
    return reply instanceof Reply.Choice c
        && c.buttons().stream().anyMatch(b -> b.data().equals(PASS_TO_STAFF));
  }
}
