package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.ForeignAmounts;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.need.CardText;
import vn.ketnoi.text.Messages;

/** Renders a need card for the business to check, and what it matched, in Vietnamese. */
final class CardView {
  private final Messages messages;
  private final CardText text;

  CardView(Messages messages, Provinces provinces) {
    this.messages = messages;
    this.text = new CardText(messages, provinces);
  }

  /**
   * The card with every phone and e-mail the business gave, so it can see none was lost; and,
   * with no budget on it, a line saying so: the amounts its messages name, none of which was sure
   * to be its budget, so it can say which one is (the rules leave a budget out rather than guess),
   * or the amount it gave in another currency, or that none was given. Each unsure amount is also
   * a button before {@code actions} ("Kinh phí 2,5 tỷ đồng"): one press settles the budget.
   */
  Reply.Choice summary(NeedCard card, Draft draft, boolean provinceFromName, List<Reply.Button> actions) {
    boolean noBudget = card.budgetVndMin() == null && card.budgetVndMax() == null;
    List<Long> unsure = noBudget ? unreadAmounts(draft.messages()) : List.of();
    List<Reply.Button> buttons = new ArrayList<>();
    for (long amount : unsure) {
      buttons.add(new Reply.Button(messages.get("summary.pick_budget", text.money(amount)),
          new ButtonData.PickBudget(draft.id(), amount).render()));
    }
    buttons.addAll(actions);
    return new Reply.Choice(summaryText(card, draft, provinceFromName, noBudget, unsure), buttons);
  }

  private String summaryText(NeedCard card, Draft draft, boolean provinceFromName, boolean noBudget,
      List<Long> unsure) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("summary.header"));
    for (CardText.Line line : text.lines(card, draft.otherContacts())) {
      lines.add(messages.get("summary.line", text.label(line.key()), line.value()));
    }
    if (provinceFromName) {
      lines.add(messages.get("summary.province_from_name"));
    }
    if (noBudget) {
      lines.add(budgetLeftOut(draft.messages(), unsure));
    }
    lines.add("");
    lines.add(messages.get("summary.footer"));
    return String.join("\n", lines);
  }

  private String budgetLeftOut(List<String> said, List<Long> unsure) {
    if (!unsure.isEmpty()) {
      return messages.get("summary.budget_unsure", String.join(", ", unsure.stream().map(text::money).toList()));
    }
    String foreign = said.stream().map(ForeignAmounts::first).filter(Objects::nonNull).findFirst().orElse(null);
    return foreign != null ? messages.get("summary.budget_foreign", foreign) : messages.get("summary.budget_missing");
  }

  /** The amounts the messages name, in the order said (three at most). */
  static List<Long> unreadAmounts(List<String> said) {
    Set<Long> amounts = new LinkedHashSet<>();
    for (String message : said) {
      amounts.addAll(Money.statedAmounts(message));
    }
    return amounts.stream().filter(a -> a >= SMALLEST_BUDGET).limit(3).toList();
  }

  /** Smaller amounts are prices of small things or wages, not a technology's budget. */
  private static final long SMALLEST_BUDGET = 1_000_000;

  /**
   * What fits, read on a phone: the names of the two best offers and programmes, the next step;
   * the reasons and where to apply are behind "Xem chi tiết" ({@link #matches}).
   */
  String brief(Matcher.Result result) {
    List<String> lines = new ArrayList<>();
    if (result.offers().isEmpty()) {
      lines.add(messages.get("matches.none"));
    } else {
      lines.add(offersHeader(result));
      result.offers().stream().limit(2).forEach(m -> lines.add("• " + cut(m.offer().title())
          + (m.partial() ? " " + messages.get("matches.partial_mark") : "")));
    }
    if (!result.programmes().isEmpty()) {
      lines.add(messages.get("matches.programmes"));
      result.programmes().stream().limit(2).forEach(m -> lines.add("• " + cut(m.programme().name())));
    }
    lines.add(messages.get("matches.next_brief"));
    return String.join("\n", lines);
  }

  /** When every offer fits only in part, the business is told that staff search further. */
  private String offersHeader(Matcher.Result result) {
    return messages.get(result.offers().stream().allMatch(Matcher.OfferMatch::partial)
        ? "matches.partial_offers" : "matches.offers");
  }

  /**
   * A long name cut at a word boundary with "…", never mid-word ("từ nước n…"); a bracket opened
   * in the part kept goes with it ("(Đề…" says nothing).
   */
  static String cut(String name) {
    if (name.length() <= BRIEF_NAME_CHARS) {
      return name;
    }
    int space = name.lastIndexOf(' ', BRIEF_NAME_CHARS - 1);
    String head = space > 0 ? name.substring(0, space) : name.substring(0, BRIEF_NAME_CHARS - 1);
    int open = head.lastIndexOf('(');
    if (open > 0 && head.indexOf(')', open) < 0) {
      head = head.substring(0, open);
    }
    return head.replaceAll("[\\s,;:–\\-]+$", "") + "…";
  }

  /** A name in the brief answer is cut here, so four of them fit on a phone screen. */
  private static final int BRIEF_NAME_CHARS = 70;

  /** Up to three offers and three programmes with their reasons, then what happens next. */
  String matches(Matcher.Result result) {
    List<String> lines = new ArrayList<>();
    if (result.offers().isEmpty()) {
      lines.add(messages.get("matches.none"));
    } else {
      lines.add(offersHeader(result));
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
