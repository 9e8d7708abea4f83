package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.extraction.NeedCard;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.need.CardText;
import vn.ketnoi.text.Messages;

/** Renders a need card for the business to check, and what it matched, in Vietnamese. */
final class CardView {
  private final Messages messages;
  private final CardText text;

  CardView(Messages messages) {
    this.messages = messages;
    this.text = new CardText(messages);
  }

  /** The card with every phone and e-mail the business gave, so it can see none was lost. */
  String summary(NeedCard card, List<String> otherContacts) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("summary.header"));
    for (CardText.Line line : text.lines(card, otherContacts)) {
      lines.add(messages.get("summary.line", text.label(line.key()), line.value()));
    }
    lines.add("");
    lines.add(messages.get("summary.footer"));
    return String.join("\n", lines);
  }

  /** Up to three offers and three programmes with their reasons, then what happens next. */
  String matches(Matcher.Result result) {
    List<String> lines = new ArrayList<>();
    if (result.offers().isEmpty()) {
      lines.add(messages.get("matches.none"));
    } else {
      lines.add(messages.get("matches.offers"));
      int i = 0;
      for (Matcher.OfferMatch m : result.offers().subList(0, Math.min(3, result.offers().size()))) {
        lines.add(messages.get("matches.offer_line", ++i, m.offer().title(), m.offer().provider(),
            m.offer().originCountry(), String.join("; ", m.reasons())));
      }
    }
    if (!result.programmes().isEmpty()) {
      lines.add("");
      lines.add(messages.get("matches.programmes"));
      int i = 0;
      for (Matcher.ProgrammeMatch m : result.programmes().subList(0, Math.min(3, result.programmes().size()))) {
        lines.add(messages.get("matches.programme_line", ++i, m.programme().name(),
            String.join("; ", m.reasons()), m.programme().applyAt()));
      }
    }
    lines.add("");
    lines.add(messages.get("matches.next"));
    return String.join("\n", lines);
  }
}
