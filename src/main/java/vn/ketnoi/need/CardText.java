package vn.ketnoi.need;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.text.Messages;

/**
 * A need card in Vietnamese: a line per field with the label the business's summary uses
 * ("field.*" in messages.properties) and the value as people read it, names instead of codes and
 * money in tỷ and triệu. The business's summary and the staff's /xem both read a card through it.
 */
public final class CardText {
  /**
   * One line of a card: its key (the label is "field." + key), the need-card keys it shows (whose
   * sources it carries) and its value.
   */
  public record Line(String key, List<String> fields, String value) {}

  /** The keys of the lines in the order the summary shows them. */
  private static final List<String> ORDER = List.of("title", "description", "company_name",
      "contact_name", "phone", "email", "other_contacts", "province", "sector", "need_type",
      "origin_scope", "budget", "timeline", "support_wanted", "employees", "products");

  private final Messages messages;
  /** Which pre-2025 province now belongs to which unit. */
  private final Provinces provinces;

  public CardText(Messages messages, Provinces provinces) {
    this.messages = messages;
    this.provinces = provinces;
  }

  /** The lines of the fields the card states; a description the same as the title is not repeated. */
  public List<Line> lines(NeedCard card, List<String> otherContacts) {
    List<Line> lines = new ArrayList<>();
    for (String key : ORDER) {
      String value = value(key, card, otherContacts);
      if (value == null || value.isBlank()
          || (key.equals("description") && value.equals(card.title()))) {
        continue;
      }
      lines.add(new Line(key, fields(key), value));
    }
    return lines;
  }

  public String label(String key) {
    return messages.get("field." + key);
  }

  /** The need-card keys a line shows. */
  private static List<String> fields(String key) {
    return switch (key) {
      case "origin_scope" -> List.of("origin_scope", "origin_countries");
      case "budget" -> List.of("budget_vnd_min", "budget_vnd_max");
      default -> List.of(key);
    };
  }

  /** What a line (or a need-card key) shows for this card, or null when the card does not say. */
  public String value(String key, NeedCard card, List<String> otherContacts) {
    return switch (key) {
      case "title" -> card.title();
      case "description" -> card.description();
      case "company_name" -> card.companyName();
      case "contact_name" -> card.contactName();
      case "phone" -> card.phone();
      case "email" -> card.email();
      case "other_contacts" -> joined(otherContacts);
      case "province" -> province(card.province());
      case "sector" -> card.sector() == null ? null : messages.get("sector." + card.sector().code());
      case "need_type" ->
          card.needType() == null ? null : messages.get("need_type." + card.needType().code());
      case "origin_scope" -> origin(card);
      case "origin_countries" -> joined(card.originCountries());
      case "budget" -> budget(card);
      case "budget_vnd_min" -> card.budgetVndMin() == null ? null : money(card.budgetVndMin());
      case "budget_vnd_max" -> card.budgetVndMax() == null ? null : money(card.budgetVndMax());
      case "timeline" -> card.timeline();
      case "support_wanted" -> joined(card.supportWanted().stream()
          .map(s -> messages.get("support." + s.code())).toList());
      case "employees" -> card.employees() == null ? null : card.employees().toString();
      case "products" -> joined(card.products());
      default -> throw new IllegalArgumentException("no line " + key);
    };
  }

  /**
   * The province as the business named it (what is stored, need-card.md) and, for a pre-2025 name
   * the table knows, the unit it now belongs to: "Bình Định (nay thuộc Gia Lai)".
   */
  private String province(String name) {
    String current = provinces.currentOf(name);
    return current == null || current.equals(name) ? name
        : messages.get("province.now_in", name, current);
  }

  private static String joined(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join(", ", values);
  }

  private String origin(NeedCard card) {
    if (card.originScope() == null) {
      return joined(card.originCountries());
    }
    String scope = messages.get("origin_scope." + card.originScope().code());
    return card.originCountries().isEmpty()
        ? scope
        : scope + " (" + String.join(", ", card.originCountries()) + ")";
  }

  public String budget(NeedCard card) {
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
  public String money(long vnd) {
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
}
