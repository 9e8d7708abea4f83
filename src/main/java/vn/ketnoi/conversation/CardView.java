package vn.ketnoi.conversation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.extraction.NeedCard;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.text.Messages;

/** Renders a need card for the business to check, and what it matched, in Vietnamese. */
final class CardView {
  private final Messages messages;

  CardView(Messages messages) {
    this.messages = messages;
  }

  String summary(NeedCard card) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("summary.header"));
    line(lines, "title", card.title());
    if (card.description() != null && !card.description().equals(card.title())) {
      line(lines, "description", card.description());
    }
    line(lines, "company_name", card.companyName());
    line(lines, "contact_name", card.contactName());
    line(lines, "phone", card.phone());
    line(lines, "email", card.email());
    line(lines, "province", card.province());
    line(lines, "sector", card.sector() == null ? null : messages.get("sector." + card.sector().code()));
    line(lines, "need_type",
        card.needType() == null ? null : messages.get("need_type." + card.needType().code()));
    line(lines, "origin_scope", origin(card));
    line(lines, "budget", budget(card));
    line(lines, "timeline", card.timeline());
    line(lines, "support_wanted",
        card.supportWanted().isEmpty()
            ? null
            : String.join(", ",
                card.supportWanted().stream().map(s -> messages.get("support." + s.code())).toList()));
    line(lines, "employees", card.employees() == null ? null : card.employees().toString());
    lines.add("");
    lines.add(messages.get("summary.footer"));
    return String.join("\n", lines);
  }

  private void line(List<String> lines, String field, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(messages.get("summary.line", messages.get("field." + field), value));
    }
  }

  private String origin(NeedCard card) {
    if (card.originScope() == null) {
      return card.originCountries().isEmpty() ? null : String.join(", ", card.originCountries());
    }
    String scope = messages.get("origin_scope." + card.originScope().code());
    return card.originCountries().isEmpty()
        ? scope
        : scope + " (" + String.join(", ", card.originCountries()) + ")";
  }

  String budget(NeedCard card) {
    Long min = card.budgetVndMin();
    Long max = card.budgetVndMax();
    if (min == null && max == null) {
      return null;
    }
    if (min == null) {
      return messages.get("budget.max", money(max));
    }
    if (max == null) {
      return messages.get("budget.min", money(min));
    }
    return min.equals(max)
        ? messages.get("budget.exact", money(min))
        : messages.get("budget.range", money(min), money(max));
  }

  /** 2500000000 → "2,5 tỷ đồng"; 800000000 → "800 triệu đồng". */
  String money(long vnd) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
    if (vnd >= 1_000_000_000L) {
      return messages.get("money.billion", format.format(BigDecimal.valueOf(vnd, 9)));
    }
    if (vnd >= 1_000_000L) {
      return messages.get("money.million", format.format(BigDecimal.valueOf(vnd, 6)));
    }
    return messages.get("money.vnd", format.format(vnd));
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
