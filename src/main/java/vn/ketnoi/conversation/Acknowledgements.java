package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.ForeignAmounts;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.need.CardText;
import vn.ketnoi.text.Messages;

/**
 * A message that answers something other than the question asked (a budget while the phone was
 * asked) is said back before the question comes again ("Dạ, đã ghi kinh phí dự kiến 150 triệu
 * đồng."), so the business sees it was taken and the same question never repeats word for word.
 * A budget in a foreign currency, which the card does not hold, is said to be noted as written,
 * with a request for the amount in đồng, instead of "chưa rõ ý này".
 */
final class Acknowledgements {
  /** The business's words: shown on the card, never worth saying back. */
  private static final Set<String> NARRATIVE = Set.of("title", "description", "products");
  /**
   * Codes' names, said mid-sentence with a small letter ("lĩnh vực chế biến, bảo quản …"): each is a
   * category, never a proper name; the supports wanted are a list of them.
   */
  private static final Set<String> CODES = Set.of("sector", "need_type", "origin_scope", "support_wanted");

  private final Messages messages;
  private final CardText text;

  Acknowledgements(Messages messages, Provinces provinces) {
    this.messages = messages;
    this.text = new CardText(messages, provinces);
  }

  /** The turn with what was taken said first, when its question is the one asked before. */
  Turn after(ChatState before, String message, Turn turn) {
    if (before.stage() == Stage.EDITING_FIELD) {
      return turn;
    }
    Draft was = before.draft();
    Draft now = turn.state().draft();
    String foreign = ForeignAmounts.first(message);
    if (foreign != null && now.card().budgetVndMin() == null && now.card().budgetVndMax() == null) {
      return foreign(turn, message, foreign);
    }
    if (before.asked() == null || turn.state().asked() != before.asked()) {
      return turn;
    }
    List<String> taken = taken(was, now);
    if (!taken.isEmpty()) {
      return turn.prepend(List.of(new Reply.Text(messages.get("ack.taken", String.join(", ", taken)))));
    }
    return now.messages().size() > was.messages().size()
        ? turn.prepend(List.of(new Reply.Text(messages.get("ack.added"))))
        : turn;
  }

  /** "kinh phí dự kiến 150 triệu đồng": each line of the card the message set or changed. */
  private List<String> taken(Draft was, Draft now) {
    List<CardText.Line> before = text.lines(was.card(), was.otherContacts());
    List<String> taken = new ArrayList<>();
    for (CardText.Line line : text.lines(now.card(), now.otherContacts())) {
      if (!NARRATIVE.contains(line.key()) && !before.contains(line)) {
        String label = lowerFirst(text.label(line.key()));
        taken.add(label + " " + withoutOverlap(label, midSentence(line)));
      }
    }
    return taken;
  }

  /** A code's names with a small letter, each of a list; the business's own words as written. */
  private static String midSentence(CardText.Line line) {
    if (!CODES.contains(line.key())) {
      return line.value();
    }
    return line.key().equals("support_wanted")
        ? String.join(", ", Arrays.stream(line.value().split(", ")).map(Acknowledgements::lowerFirst).toList())
        : lowerFirst(line.value());
  }

  private static String lowerFirst(String text) {
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /** "mong Sở hỗ trợ" + "hỗ trợ kinh phí" reads "mong Sở hỗ trợ kinh phí", not "hỗ trợ hỗ trợ". */
  private static String withoutOverlap(String label, String value) {
    String[] words = value.split(" ");
    for (int k = Math.min(3, words.length - 1); k > 0; k--) {
      String head = String.join(" ", Arrays.copyOf(words, k));
      if (label.toLowerCase(Locale.ROOT).endsWith(" " + head.toLowerCase(Locale.ROOT))) {
        return value.substring(head.length() + 1);
      }
    }
    return value;
  }

  /**
   * The amount is kept among the business's words for staff, the note replaces "chưa rõ ý này",
   * and the question asked (or the first one, on an empty draft) follows.
   */
  private Turn foreign(Turn turn, String message, String amount) {
    Draft draft = turn.state().draft();
    if (!draft.messages().contains(message)) {
      draft = draft.with(NeedCard.EMPTY, Map.of(), message);
    }
    List<Reply> replies = new ArrayList<>(List.of(new Reply.Text(messages.get("ack.foreign", amount))));
    for (Reply reply : turn.replies()) {
      if (reply.text().equals(messages.get("reply.other"))) {
        replies.add(new Reply.Text(messages.get("ask.title")));
      } else if (!reply.text().equals(messages.get("reply.unclear"))) {
        replies.add(reply);
      }
    }
    return new Turn(turn.state().withDraft(draft), replies);
  }
}
