package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Support;
import vn.ketnoi.text.Messages;

/**
 * One programme's rules against one need. A rule the need breaks rules the programme out; a rule
 * the need does not say enough about ("doanh nghiệp nhỏ và vừa" when the headcount is unknown) is
 * kept as a condition in the reason; at least one rule must hold.
 */
final class Eligibility {
  private final NeedCard card;
  private final String foldedText;
  private final Messages messages;
  private final List<String> reasons = new ArrayList<>();
  private int holds;
  private int unknown;
  private boolean broken;

  Eligibility(NeedCard card, String foldedText, Messages messages) {
    this.card = card;
    this.foldedText = foldedText;
    this.messages = messages;
  }

  void origin(List<String> allowed) {
    if (allowed.isEmpty()) {
      return;
    }
    if (card.originScope() == null) {
      broken = true;
    } else if (allowed.contains(card.originScope().code())) {
      hold(messages.get("match.p.origin." + card.originScope().code()));
    } else {
      broken = true;
    }
  }

  void codes(List<String> allowed, String value, String key, String labelPrefix) {
    if (allowed.isEmpty()) {
      return;
    }
    if (value == null) {
      unknown++;
    } else if (allowed.contains(value)) {
      hold(messages.get(key, messages.get(labelPrefix + value).toLowerCase(Locale.ROOT)));
    } else {
      broken = true;
    }
  }

  void support(List<String> wanted) {
    if (wanted.isEmpty()) {
      return;
    }
    List<String> asked = card.supportWanted().stream().map(Support::code).filter(wanted::contains).toList();
    if (asked.isEmpty()) {
      broken = true;
    } else {
      hold(messages.get("match.p.support", String.join(", ",
          asked.stream().map(s -> messages.get("support." + s).toLowerCase(Locale.ROOT)).toList())));
    }
  }

  void employees(Integer max) {
    if (max == null) {
      return;
    }
    if (card.employees() == null) {
      unknown++;
      reasons.add(messages.get("match.p.sme_if", max));
    } else if (card.employees() <= max) {
      hold(messages.get("match.p.sme", card.employees()));
    } else {
      broken = true;
    }
  }

  void budget(Long min) {
    if (min == null) {
      return;
    }
    Long budget = card.budgetVndMax() != null ? card.budgetVndMax() : card.budgetVndMin();
    if (budget != null && budget >= min) {
      hold(messages.get("match.p.large_project"));
    } else {
      broken = true;
    }
  }

  void keywords(List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    for (String w : words) {
      if (Matcher.containsPhrase(foldedText, OfferText.fold(w))) {
        hold(messages.get("match.p.keyword", w));
        return;
      }
    }
    broken = true;
  }

  private void hold(String reason) {
    holds++;
    reasons.add(reason);
  }

  boolean eligible() {
    return !broken && holds > 0;
  }

  double score() {
    return holds - 0.5 * unknown;
  }

  List<String> reasons() {
    return reasons;
  }
}
