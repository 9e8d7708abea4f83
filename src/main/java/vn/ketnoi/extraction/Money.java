package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Amounts.Currency;
import vn.ketnoi.text.Fold;

/**
 * Budgets in VND as people write them (the numbers themselves are read by {@link Numerals}):
 * bounds ("dưới", "không quá", "kém hơn", "trở xuống" give a maximum; "trên", "ít nhất", "từ …
 * trở lên" a minimum; "khoảng", "tầm" both), ranges ("từ … đến …", "giữa … và …", "1-2 tỷ", where
 * the unit of the second is the first's too). An amount in another currency leaves the budget
 * empty, and so do incomes, revenues and per-day prices. When unsure: no budget, never a wrong one.
 */
public final class Money {
  private Money() {}

  /** A budget range; either bound may be null, not both. */
  public record Budget(Long min, Long max) {}

  /** One amount or a range of two, chars [start, end); {@code unsure} when it cannot be read. */
  record Span(Long min, Long max, boolean foreign, boolean unsure, int start, int end) {}

  private static final BigDecimal SMALL = BigDecimal.valueOf(100_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  static final String FILLER =
      "(?:\\s+(?:la|o|muc|o muc|khoang|tam|co|chung|vao khoang|xap xi|tam khoang|chi|chi co|vnd|cung|co the|phai))*";
  static final String NEGATION = "(?:khong|ko|k|hong|chang|cha|chua)\\s+";
  private static final Pattern APPROX_BEFORE = Pattern.compile("(?<![a-z])tren duoi" + FILLER + "\\s*$");
  /** "không quá", "không dám quá", "không cao hơn": a negated lower bound is an upper one ... */
  private static final Pattern NOT_ABOVE =
      Pattern.compile("(?<![a-z])" + NEGATION + "(?:(?:dam|muon|the|dinh) )?(?:qua|vuot qua|vuot|hon|cao hon|nhieu hon|lon hon"
          + "|toi|den|tren)" + FILLER + "\\s*$");
  /** ... and "không dưới", "không ít hơn", "không rẻ hơn" a lower one. */
  private static final Pattern NOT_BELOW =
      Pattern.compile("(?<![a-z])" + NEGATION + "(?:duoi|it hon|thap hon|nho hon|kem hon|re hon|be hon)"
          + FILLER + "\\s*$");
  private static final Pattern MAX_BEFORE =
      Pattern.compile("(?:(?<![a-z])(?:duoi|it hon|kem hon|thap hon|nho hon|re hon|be hon|toi da"
          + "|nhieu nhat|cao nhat|trong vong|trong pham vi|trong gioi han|len toi|len den|max|han muc"
          + "|(?:muc|gia) tran(?: [a-z]+){0,6}?)|(?:cao|nhieu) lam (?:thi|la)|[<≤])" + FILLER + "\\s*$");
  private static final Pattern MIN_BEFORE =
      Pattern.compile("(?:(?<![a-z])(?:tren|hon|nhieu hon|cao hon|lon hon|dat hon|it nhat|toi thieu"
          + "|thap nhat|min)|[>≥])" + FILLER + "\\s*$");
  /** "từ 2 tỷ" is a lower bound; "đầu tư 2 tỷ" and plain "tu co 2 ty" (tư, tự có) are not. */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?<![\\p{L}])từ" + FILLER + "\\s*$");
  private static final Pattern PLAIN_FROM_BEFORE =
      Pattern.compile("(?<![a-z])(?<!dau )tu(?!\\s+co(?![a-z]))" + FILLER + "\\s*$");
  /** "chấp nhận đến 600 triệu", "tới 800 triệu": "up to" with no lower end before it. */
  private static final Pattern UP_TO_BEFORE =
      Pattern.compile("(?<![a-z])(?:(?:chap nhan|len|co the|chi|duoc) )?(den|toi)" + FILLER + "\\s*$");
  private static final Pattern MAX_AFTER =
      Pattern.compile("^\\s*(?:tro xuong|do tro xuong|tro lai(?! day)|do lai|do xuong|la toi da|la cung|la max"
          + "|la het|la nhieu nhat|la kich|la tran|toi da|max)\\b(?!\\s*[:=]?\\s*\\d)");
  private static final Pattern MIN_AFTER =
      Pattern.compile("^\\s*(?:tro len|do tro len|do len|la it nhat|la toi thieu|toi thieu|min)\\b(?!\\s*[:=]?\\s*\\d)");
  private static final Pattern RANGE_LINK = Pattern.compile("^\\s*(?:-|–|—|~|den|toi|->|cho den|to)\\s*$");
  private static final Pattern AND_LINK = Pattern.compile("^\\s*va\\s*$");
  private static final Pattern BETWEEN = Pattern.compile("(?<![a-z])(?:giua|trong khoang)\\s*$");
  /** A budget word right before the number: then a bare "3.000.000" is VND too. */
  private static final Pattern DIRECT_CUE =
      Pattern.compile(
          "(?<![a-z])(kinh phi|ngan sach|chi phi|von dau tu|du tru|tong muc dau tu|tong von|muc dau tu"
              + "|von)\\s*[:=]?(?:\\s+(?:du|kien|tinh|uoc|dau|tu|toi|da|thieu|it|nhat|nhieu|duoi|tren"
              + "|khong|ko|qua|vuot|chua|den|len|can|co|mat|hon|kem|cao|thap|nho|lon|khoang|tam|chung"
              + "|la|xap|xi|giua|trong|vong|pham|vi|vao|muc|o|chi|vnd|vnd|\\$))*\\s*[:=]?\\s*$");

  /** The budget the message states, or null. */
  public static Budget find(String text) {
    String nfc = Fold.nfc(text);
    String folded = Fold.fold(nfc);
    List<Amount> amounts = Amounts.in(nfc);
    List<Span> all = spans(nfc, amounts);
    List<Span> found = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      if (isBudget(nfc, folded, k == 0 ? 0 : all.get(k - 1).end(), all.get(k))) {
        found.add(all.get(k));
      }
    }
    Span settled = SettledRoles.budget(folded, amounts, all, found);
    if (settled != null && !BudgetCorrections.correctedLater(nfc, folded, settled)) {
      return new Budget(settled.min(), settled.max());
    }
    List<Span> budgets = BudgetPairs.withRaises(nfc, folded, BudgetCorrections.latest(nfc, folded, found));
    int chosen = -1;
    for (int k = 0; k < budgets.size(); k++) {
      if (chosen < 0 || BudgetRoles.rank(folded, budgets, k) > BudgetRoles.rank(folded, budgets, chosen)) {
        chosen = k;
      }
    }
    Span span = chosen < 0 ? null : BudgetPairs.withOtherBound(folded, budgets, chosen);
    if (span == null || span.foreign() || span.unsure()) {
      return null;
    }
    Span part = BudgetParts.partNamed(folded, budgets, span);
    if (part == null || part == span && BudgetRoles.rivalled(folded, budgets, chosen, span)) {
      return null;
    }
    // A part taken: the whole it belongs to is no rival to it.
    List<Span> rivals = part == span ? budgets : budgets.stream().filter(o -> o.end() > span.end()).toList();
    if (BudgetDoubts.inDoubt(nfc, folded, rivals, part) || BudgetShapes.unsettled(nfc, part)
        || BudgetLists.anItem(nfc, folded, part) || !BudgetAttribution.claimed(nfc, folded, part)
        || BudgetCorrections.correctedLater(nfc, folded, part)) {
      return null;
    }
    return new Budget(part.min(), part.max());
  }

  /**
   * Every VND amount the text states, with the bounds of its budgets: what a model's amount must
   * be one of to count as written by the user; in the order written.
   */
  public static Set<Long> statedAmounts(String text) {
    String nfc = Fold.nfc(text);
    Set<Long> values = new LinkedHashSet<>();
    List<Amount> amounts = Amounts.in(nfc);
    for (Amount a : amounts) {
      if (a.money() && a.vnd() && !a.vague()) { // "vài trăm triệu" states no 100 triệu
        values.add(vnd(a.value()));
      }
    }
    for (Span s : spans(nfc, amounts)) {
      if (!s.foreign() && !s.unsure()) {
        if (s.min() != null) {
          values.add(s.min());
        }
        if (s.max() != null) {
          values.add(s.max());
        }
      }
    }
    return values;
  }

  private static List<Span> spans(String nfc, List<Amount> amounts) {
    String folded = Fold.fold(nfc);
    List<Span> spans = new ArrayList<>();
    for (int k = 0; k < amounts.size(); k++) {
      Amount a = amounts.get(k);
      Amount b = k + 1 < amounts.size() ? amounts.get(k + 1) : null;
      if (b != null && b.money() && linked(folded, a, b)) {
        spans.add(range(a, b));
        k++;
      } else if (b != null && b.money() && (BudgetPairs.saidTogether(folded, a, b) || ShortRanges.fraction(folded, a, b))) {
        // "bảy tám trăm triệu", "5, 6 trăm triệu": two digits said before one multiplier.
        spans.add(range(a, ShortRanges.unsureTogether(folded, a, b) ? b.unsure() : b.withoutDoubt()));
        k++;
      } else if (a.money() && (!latinMillions(nfc, a) || directlyAfterCue(folded, a.start()))) {
        spans.add(single(nfc, folded, a));
      } else if (bareBudget(folded, a)) {
        spans.add(single(nfc, folded, a));
      } else if (LabelUnits.scaled(folded, a) != null) {
        spans.add(single(nfc, folded, LabelUnits.scaled(folded, a)));
      }
    }
    return BudgetPairs.withoutForeignEquivalents(folded, spans);
  }

  private static boolean linked(String folded, Amount a, Amount b) {
    String between = folded.substring(a.end(), b.start());
    if (RANGE_LINK.matcher(between).matches() || ShortRanges.slashed(between, a, b)) {
      return true;
    }
    return AND_LINK.matcher(between).matches() && BETWEEN.matcher(folded.substring(0, a.start())).find()
        || SpokenBounds.twoCases(folded, a, b) || ShortRanges.sideBySide(folded, a, b);
  }

  /** "1-2 tỷ", "800 - 1 tỷ": a bare first number takes the unit of the second, or the next lower. */
  private static Span range(Amount a, Amount b) {
    boolean foreign = a.currency() == Currency.FOREIGN || b.currency() == Currency.FOREIGN;
    int start = a.start();
    int end = b.end();
    if (foreign) {
      return new Span(null, null, true, false, start, end);
    }
    BigDecimal high = b.value();
    BigDecimal low = a.value();
    if (!a.number().hasUnit() && a.currency() == Currency.NONE && b.number().hasUnit()) {
      BigDecimal unit = b.number().firstUnit();
      BigDecimal lead = b.number().leadMultiplier();
      BigDecimal first = lead == null ? ShortRanges.firstEnd(a, b) : a.value();
      if (first == null) {
        return new Span(null, null, false, true, start, end);
      }
      low = first.multiply(unit);
      if (lead != null && a.value().compareTo(lead) < 0) {
        // "5-7 trăm triệu", "3 đến 5 trăm triệu": the first takes the whole "trăm triệu" (300–500
        // triệu), never the last unit alone; when that is not below the second, unsure.
        low = a.value().multiply(lead).multiply(unit);
      } else if (low.compareTo(high) > 0 && unit.compareTo(MILLION) >= 0) {
        low = a.value().multiply(unit).divide(BigDecimal.valueOf(1_000));
      }
    }
    // "2 đến 1 tỷ rưỡi" is no 2 triệu–1,5 tỷ: a bare first end a hundredth of the second is a misreading.
    boolean unsure = a.vague() || b.vague() || low.compareTo(high) > 0 || low.signum() <= 0 || !whole(low)
        || !whole(high) || !a.number().hasUnit() && low.multiply(BigDecimal.valueOf(100)).compareTo(high) < 0;
    return unsure ? new Span(null, null, false, true, start, end)
        : new Span(vnd(low), vnd(high), false, false, start, end);
  }

  private static Span single(String nfc, String folded, Amount a) {
    if (a.currency() == Currency.FOREIGN) {
      return new Span(null, null, true, false, a.start(), a.end());
    }
    if (a.vague() || !whole(a.value()) || a.value().signum() <= 0) {
      return new Span(null, null, false, true, a.start(), a.end());
    }
    Long value = vnd(a.value());
    String before = LabelUnits.boundOfLabel(folded.substring(0, a.start()));
    String after = folded.substring(a.end());
    if (MAX_AFTER.matcher(after).find() || BudgetCeilings.nothingAbove(after)
        || BudgetCeilings.refusedAbove(before, after)) {
      return new Span(null, value, false, false, a.start(), a.end());
    }
    if (MIN_AFTER.matcher(after).find()) {
      return new Span(value, null, false, false, a.start(), a.end());
    }
    if (APPROX_BEFORE.matcher(before).find()) {
      return new Span(value, value, false, false, a.start(), a.end());
    }
    if (BudgetCeilings.splitReading(nfc, before, after) || SpokenBounds.unsureAfter(after)) {
      return new Span(null, null, false, true, a.start(), a.end());
    }
    if (NOT_ABOVE.matcher(before).find() || BudgetCeilings.allItPutsIn(before)) {
      return new Span(null, value, false, false, a.start(), a.end());
    }
    if (NOT_BELOW.matcher(before).find()) {
      return new Span(value, null, false, false, a.start(), a.end());
    }
    if (MAX_BEFORE.matcher(before).find() || upToBefore(nfc, before) || SpokenBounds.atMost(nfc, a.start())) {
      return new Span(null, value, false, false, a.start(), a.end());
    }
    if (MIN_BEFORE.matcher(before).find() || fromBefore(nfc, a) || SpokenBounds.atLeast(nfc, a.start())) {
      return new Span(value, null, false, false, a.start(), a.end());
    }
    return new Span(value, value, false, false, a.start(), a.end());
  }

  /**
   * "đến", "tới" written with their marks, or in a text typed without any "den" or "chấp nhận
   * toi" ("toi" alone is "tôi" there: "bên toi 600 trieu" states no bound).
   */
  private static boolean upToBefore(String nfc, String folded) {
    Matcher m = UP_TO_BEFORE.matcher(folded);
    if (!m.find()) {
      return false;
    }
    String word = nfc.substring(m.start(1), m.end(1)).toLowerCase(Locale.ROOT);
    boolean plainText = Fold.fold(nfc).equals(nfc.toLowerCase(Locale.ROOT));
    return word.equals("đến") || word.equals("tới")
        || plainText && (word.equals("den") || m.start(1) > m.start());
  }

  /** "3M" is 3 million only right after a budget word: elsewhere it may be the brand. */
  private static boolean latinMillions(String nfc, Amount a) {
    return nfc.substring(a.start(), a.end()).matches("(?s).*\\dM\\b.*");
  }

  /** "từ" written with its marks, or "tu" in a text typed without any. */
  private static boolean fromBefore(String nfc, Amount a) {
    String before = nfc.substring(0, a.start()).toLowerCase(Locale.ROOT);
    String folded = Fold.fold(before);
    boolean plainText = folded.equals(before);
    return FROM_BEFORE.matcher(before).find()
        || plainText && PLAIN_FROM_BEFORE.matcher(folded).find();
  }

  /** "Kinh phí khoảng 3.000.000": a bare number right after a budget word, 100,000 or more. */
  private static boolean bareBudget(String folded, Amount a) {
    return a.currency() == Currency.NONE && a.value().compareTo(SMALL) >= 0 && whole(a.value())
        && directlyAfterCue(folded, a.start());
  }

  private static boolean directlyAfterCue(String folded, int start) {
    return DIRECT_CUE.matcher(folded.substring(0, start)).find();
  }

  private static boolean isBudget(String nfc, String folded, int previousEnd, Span s) {
    Long value = s.max() != null ? s.max() : s.min();
    boolean small = value != null && value < SMALL.longValue()
        && !directlyAfterCue(folded, s.start());
    return !small && !BudgetRoles.notItsBudget(nfc, folded, previousEnd, s);
  }

  static boolean whole(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0;
  }

  private static Long vnd(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
