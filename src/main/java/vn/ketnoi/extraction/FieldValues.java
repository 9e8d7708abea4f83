package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Support;

/**
 * A value typed for one field of the need card (a business's answer after "Sửa", a staff
 * correction), read with the parsers the extractor uses: what one accepts the other does, and
 * nothing the card cannot hold gets in. A code is matched by the code itself, its Vietnamese name
 * or a run of the name's words ("chế biến"), with or without diacritics, then by the extractor's
 * lexicons ("môi trường").
 */
public final class FieldValues {
  /** What a typed text reads as. */
  public sealed interface Reading permits Value, Invalid {}

  /**
   * The field's value, typed as the card holds it: a String, an enum, a list, a Long or an
   * Integer; for {@link #budget} a {@link Money.Budget}; for {@link #contacts} a list of strings.
   */
  public record Value(Object value) implements Reading {}

  /** Why the text is not a value of the field; {@code detail} is the part not understood, or a limit. */
  public record Invalid(Problem problem, String detail) implements Reading {}

  /** What was wrong with a typed value. */
  public enum Problem { EMPTY, TOO_LONG, PHONE, EMAIL, PROVINCE, CODE, BUDGET, AMOUNT, NUMBER, COUNTRY, CONTACT }

  static final int MAX_LINE = 200;
  static final int MAX_DESCRIPTION = 1000;
  static final int MAX_ITEM = 100;
  static final int MAX_EMPLOYEES = 1_000_000;

  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("\\s*(?:[,;/]|\\s(?:và|hoặc|va|hoac)\\s)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
      "^(?:anh|chị|chi|ông|ong|bà|ba|cô|co|chú|chu|em|bác|bac|mr|ms|mrs|ts|ths|pgs|gs|ds|ks|kts)\\.?\\s+(?=\\p{Lu})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HEADCOUNT = Pattern.compile(
      "^(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s*(?:nguoi|lao dong|nhan vien|cong nhan|nhan su)?$");

  private final Provinces provinces;
  private final Messages messages;

  public FieldValues(Provinces provinces, Messages messages) {
    this.provinces = provinces;
    this.messages = messages;
  }

  /** The value of one field in a typed text. */
  public Reading read(Field field, String text) {
    String typed = text == null ? "" : Fold.nfc(text).strip();
    if (typed.isEmpty()) {
      return new Invalid(Problem.EMPTY, "");
    }
    return switch (field) {
      case COMPANY_NAME, TITLE, TIMELINE -> line(typed, MAX_LINE);
      case CONTACT_NAME -> line(TITLE_BEFORE_NAME.matcher(typed).replaceFirst(""), MAX_LINE);
      case DESCRIPTION -> typed.length() <= MAX_DESCRIPTION ? new Value(typed)
          : new Invalid(Problem.TOO_LONG, String.valueOf(MAX_DESCRIPTION));
      case PHONE -> found(Phones.find(typed), Problem.PHONE, typed);
      case EMAIL -> found(Emails.find(typed), Problem.EMAIL, typed);
      case PROVINCE -> found(provinces.parseAnswer(typed), Problem.PROVINCE, typed);
      case SECTOR -> found(sector(typed), Problem.CODE, typed);
      case NEED_TYPE -> found(needType(typed), Problem.CODE, typed);
      case ORIGIN_SCOPE -> found(origin(typed), Problem.CODE, typed);
      case ORIGIN_COUNTRIES -> countries(typed);
      case SUPPORT_WANTED -> support(typed);
      case PRODUCTS -> products(typed);
      case BUDGET_VND_MIN -> amount(typed, true);
      case BUDGET_VND_MAX -> amount(typed, false);
      case EMPLOYEES -> employees(typed);
    };
  }

  /** A budget as people write it: "300 triệu", "từ 500 triệu đến 1 tỷ", "dưới 2 tỷ". */
  public Reading budget(String text) {
    Money.Budget budget = text == null ? null : Money.find(text);
    return budget == null ? new Invalid(Problem.BUDGET, text) : new Value(budget);
  }

  /** Phones and e-mails separated by commas: each item must be one of them. */
  public static Reading contacts(String text) {
    List<String> contacts = new ArrayList<>();
    for (String item : items(text == null ? "" : text)) {
      List<String> found = Contacts.in(item);
      if (found.size() != 1) {
        return new Invalid(Problem.CONTACT, item);
      }
      contacts.add(found.get(0));
    }
    return contacts.isEmpty() ? new Invalid(Problem.EMPTY, "") : new Value(List.copyOf(contacts));
  }

  /** The codes a code field takes, in the need-card order; empty for other fields. */
  public static List<String> codes(Field field) {
    Enum<?>[] values = switch (field) {
      case SECTOR -> Sector.values();
      case NEED_TYPE -> NeedType.values();
      case ORIGIN_SCOPE -> OriginScope.values();
      case SUPPORT_WANTED -> Support.values();
      default -> new Enum<?>[0];
    };
    return java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }

  private static Reading line(String typed, int max) {
    String line = typed.replaceAll("\\s+", " ");
    if (line.isEmpty()) {
      return new Invalid(Problem.EMPTY, "");
    }
    return line.length() <= max ? new Value(line) : new Invalid(Problem.TOO_LONG, String.valueOf(max));
  }

  private static Reading found(Object value, Problem problem, String typed) {
    return value == null ? new Invalid(problem, typed) : new Value(value);
  }

  private Sector sector(String typed) {
    Sector named = named(typed, Sector.values(), "sector.");
    return named != null ? named : RuleExtractor.sector(Doc.of(typed));
  }

  private NeedType needType(String typed) {
    NeedType named = named(typed, NeedType.values(), "need_type.");
    return named != null ? named : RuleExtractor.bestNeedType(Doc.of(typed), new BitSet(), new BitSet());
  }

  private OriginScope origin(String typed) {
    OriginScope named = named(typed, OriginScope.values(), "origin_scope.");
    return named != null ? named : Cues.origin(Fold.fold(typed), false);
  }

  /**
   * The value whose code or Vietnamese name the text is, or whose name contains the text's words
   * in a row when only one name does ("chế biến", "khác").
   */
  private <E extends Enum<E>> E named(String typed, E[] values, String labelPrefix) {
    String words = words(typed);
    List<E> partial = new ArrayList<>();
    for (E value : values) {
      String code = value.name().toLowerCase(Locale.ROOT);
      String name = words(messages.get(labelPrefix + code));
      if (words.equals(code.replace('_', ' ')) || words.equals(name)) {
        return value;
      }
      if (!words.isEmpty() && (" " + name + " ").contains(" " + words + " ")) {
        partial.add(value);
      }
    }
    return partial.size() == 1 ? partial.get(0) : null;
  }

  private static String words(String text) {
    return Fold.fold(Fold.nfc(text)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static List<String> items(String typed) {
    List<String> items = new ArrayList<>();
    for (String item : LIST_SEPARATOR.split(typed)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private static Reading countries(String typed) {
    LinkedHashSet<String> countries = new LinkedHashSet<>();
    for (String item : items(typed)) {
      String country = Countries.canonical(item);
      if (country == null) {
        return new Invalid(Problem.COUNTRY, item);
      }
      countries.add(country);
    }
    return new Value(List.copyOf(countries));
  }

  private Reading support(String typed) {
    LinkedHashSet<Support> wanted = new LinkedHashSet<>();
    for (String item : items(typed)) {
      Support named = named(item, Support.values(), "support.");
      List<Support> cued = named != null ? List.of(named) : Cues.support(Fold.fold(item));
      if (cued.isEmpty()) {
        return new Invalid(Problem.CODE, item);
      }
      wanted.addAll(cued);
    }
    return new Value(List.copyOf(wanted));
  }

  private static Reading products(String typed) {
    LinkedHashSet<String> products = new LinkedHashSet<>();
    for (String item : typed.split("\\s*[,;]\\s*")) {
      if (item.isBlank()) {
        continue;
      }
      Reading product = line(item, MAX_ITEM);
      if (product instanceof Invalid) {
        return product;
      }
      products.add((String) ((Value) product).value());
    }
    return products.isEmpty() ? new Invalid(Problem.EMPTY, "") : new Value(List.copyOf(products));
  }

  /** One amount for one bound: "500 triệu"; a range is not one bound. */
  private static Reading amount(String typed, boolean lower) {
    Money.Budget b = Money.find(typed);
    Long amount = b == null ? null : lower ? b.min() : b.max();
    Long other = b == null ? null : lower ? b.max() : b.min();
    return amount != null && (other == null || other.equals(amount)) ? new Value(amount)
        : new Invalid(Problem.AMOUNT, typed);
  }

  private static Reading employees(String typed) {
    Matcher m = HEADCOUNT.matcher(Fold.fold(typed).replaceAll("\\s+", " "));
    if (m.matches()) {
      String digits = m.group(1).replaceAll("[.,]", "");
      if (digits.length() <= 7 && Long.parseLong(digits) <= MAX_EMPLOYEES) {
        return new Value(Integer.valueOf(digits));
      }
    }
    return new Invalid(Problem.NUMBER, typed);
  }
}
