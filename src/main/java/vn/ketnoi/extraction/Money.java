package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * Budgets in VND as people write them: "1,5 tỷ", "1.5 tỷ", "1 tỷ rưỡi", "2 tỷ 500", "1ty5", "800tr",
 * "850 củ", "từ 500 triệu đến 1 tỷ", "700-900 trieu", "dưới 300 triệu", "trên 50 tỷ". An amount in
 * a foreign currency leaves the budget empty, and so do incomes, revenues and per-day prices.
 */
public final class Money {
  private Money() {}

  /** A budget range; either bound may be null, not both. */
  public record Budget(Long min, Long max) {}

  private record Amount(BigDecimal vnd, boolean foreign, int start, int end) {}

  private static final String NUM = "\\d+(?:[.,]\\d+)*";
  private static final String WORD_NUM = "mot|hai|ba|bon|nam|sau|bay|chin|muoi|nua";
  private static final String UNIT =
      "ty|ti|trieu|tr|cu|nghin|ngan|k|usd|eur|euro|do la|dong|vnd|d";
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<![\\w.,])(\\$\\s*)?("
              + NUM
              + "|"
              + WORD_NUM
              + ")\\s*("
              + UNIT
              + ")(?![a-z])(?:\\s*(ruoi|\\d{1,3})(?![\\d]|[.,]\\d|\\s*(?:%|[a-z]{2,}|[a-z]\\b)))?");
  private static final Pattern BARE_BEFORE_RANGE =
      Pattern.compile("(?<![\\w.,])(" + NUM + ")\\s*(?:-|–|den|toi|~)\\s*$");
  private static final Pattern RANGE_LINK = Pattern.compile("^\\s*(?:-|–|den|toi|~)\\s*$");
  private static final Pattern MAX_ONLY =
      Pattern.compile("(duoi|khong qua|khong vuot qua|toi da|chua den|chua toi|it hon|max|<)\\s*$");
  private static final Pattern MIN_ONLY =
      Pattern.compile("(tren|hon|it nhat|toi thieu|>)\\s*$");
  private static final Pattern NOT_BUDGET_BEFORE =
      Pattern.compile(
          "(?<![a-z])(doanh thu|doanh so|thu nhap|tien luong|muc luong|quy luong|von dieu le"
              + "|loi nhuan|gia ban|san luong|ban duoc)[^.;!?]{0,25}$");
  private static final Pattern PER_TIME =
      Pattern.compile("^\\s*(?:/|mot |1 |moi |tren )\\s*(?:ngay|thang|nam|gio|tuan|nguoi|kg|con)\\b");
  private static final Pattern BUDGET_WORDS =
      Pattern.compile(
          "(?<![a-z])(kinh phi|ngan sach|chi phi|dau tu|du tru|du kien|von|tam|khoang|tong muc|gia"
              + "|tri gia)[^.;!?]{0,30}$");

  /** The budget the message states, or null. */
  public static Budget find(String text) {
    String folded = Fold.fold(Fold.nfc(text));
    List<Amount> amounts = amounts(folded);
    Amount chosen = null;
    int previousEnd = 0;
    for (Amount a : amounts) {
      boolean budget = isBudget(folded, previousEnd, a);
      previousEnd = a.end();
      if (!budget) {
        continue;
      }
      if (chosen == null || (!mentionsBudget(folded, chosen) && mentionsBudget(folded, a))) {
        chosen = a;
      }
    }
    if (chosen == null || chosen.foreign()) {
      return null;
    }
    return boundsOf(folded, chosen, amounts);
  }

  /**
   * Every VND amount the text states, with the bounds of its budget: what a model's amount must be
   * one of to count as written by the user.
   */
  public static java.util.Set<Long> statedAmounts(String text) {
    String folded = Fold.fold(Fold.nfc(text));
    java.util.Set<Long> values = new java.util.HashSet<>();
    for (Amount a : amounts(folded)) {
      if (!a.foreign()) {
        values.add(vnd(a));
      }
    }
    Budget budget = find(text);
    if (budget != null) {
      if (budget.min() != null) {
        values.add(budget.min());
      }
      if (budget.max() != null) {
        values.add(budget.max());
      }
    }
    return values;
  }

  private static Budget boundsOf(String folded, Amount chosen, List<Amount> amounts) {
    // "từ 500 triệu đến 1 tỷ": the chosen amount may be either end of a range.
    for (Amount other : amounts) {
      if (other.end() <= chosen.start()
          && RANGE_LINK.matcher(folded.substring(other.end(), chosen.start())).matches()
          && !other.foreign()) {
        return new Budget(vnd(other), vnd(chosen));
      }
      if (other.start() >= chosen.end()
          && RANGE_LINK.matcher(folded.substring(chosen.end(), other.start())).matches()
          && !other.foreign()) {
        return new Budget(vnd(chosen), vnd(other));
      }
    }
    // "700-900 triệu", "từ 6 đến 8 tỷ": a bare number takes the unit of the amount after it.
    Matcher bare = BARE_BEFORE_RANGE.matcher(folded.substring(0, chosen.start()));
    if (bare.find() && number(bare.group(1)) != null) {
      BigDecimal low = number(bare.group(1)).multiply(unitOf(folded, chosen));
      return new Budget(low.setScale(0, RoundingMode.HALF_UP).longValueExact(), vnd(chosen));
    }
    String before = folded.substring(0, chosen.start());
    if (MAX_ONLY.matcher(before).find()) {
      return new Budget(null, vnd(chosen));
    }
    if (MIN_ONLY.matcher(before).find() || folded.substring(chosen.end()).startsWith(" tro len")) {
      return new Budget(vnd(chosen), null);
    }
    return new Budget(vnd(chosen), vnd(chosen));
  }

  /** Revenue words count only up to the amount they introduce, not for the next one. */
  private static boolean isBudget(String folded, int previousEnd, Amount a) {
    String before = folded.substring(previousEnd, a.start());
    String after = folded.substring(a.end());
    boolean plainDong = a.vnd() != null && a.vnd().compareTo(BigDecimal.valueOf(100_000)) < 0;
    return !NOT_BUDGET_BEFORE.matcher(before).find()
        && !PER_TIME.matcher(after).find()
        && !plainDong;
  }

  private static boolean mentionsBudget(String folded, Amount a) {
    return BUDGET_WORDS.matcher(folded.substring(0, a.start())).find();
  }

  private static List<Amount> amounts(String folded) {
    List<Amount> result = new ArrayList<>();
    Matcher m = AMOUNT.matcher(folded);
    while (m.find()) {
      String unit = m.group(3);
      boolean foreign = m.group(1) != null || unit.matches("usd|eur|euro|do la");
      BigDecimal base = numberOrWord(m.group(2));
      if (base == null) {
        continue;
      }
      BigDecimal vnd = foreign ? null : base.multiply(multiplier(unit)).add(tail(unit, m.group(4)));
      if (!foreign && unit.matches("dong|vnd|d") && m.group(4) != null) {
        continue;
      }
      result.add(new Amount(vnd, foreign, m.start(), m.end()));
    }
    return result;
  }

  private static BigDecimal unitOf(String folded, Amount a) {
    Matcher m = AMOUNT.matcher(folded);
    m.region(a.start(), a.end());
    return m.lookingAt() ? multiplier(m.group(3)) : BigDecimal.ONE;
  }

  private static BigDecimal multiplier(String unit) {
    return switch (unit) {
      case "ty", "ti" -> BigDecimal.valueOf(1_000_000_000L);
      case "trieu", "tr", "cu" -> BigDecimal.valueOf(1_000_000L);
      case "nghin", "ngan", "k" -> BigDecimal.valueOf(1_000L);
      default -> BigDecimal.ONE;
    };
  }

  /** "2 tỷ 500" is 2.5 billion, "1ty5" 1.5 billion, "1 tỷ rưỡi" 1.5 billion. */
  private static BigDecimal tail(String unit, String tail) {
    if (tail == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal unitValue = multiplier(unit);
    if (tail.equals("ruoi")) {
      return unitValue.divide(BigDecimal.valueOf(2));
    }
    if (!unit.matches("ty|ti")) {
      return BigDecimal.ZERO;
    }
    BigDecimal digits = new BigDecimal(tail);
    BigDecimal scale = BigDecimal.TEN.pow(tail.length());
    return unitValue.multiply(digits).divide(scale);
  }

  private static BigDecimal numberOrWord(String text) {
    return switch (text) {
      case "nua" -> new BigDecimal("0.5");
      case "mot" -> BigDecimal.ONE;
      case "hai" -> BigDecimal.valueOf(2);
      case "ba" -> BigDecimal.valueOf(3);
      case "bon" -> BigDecimal.valueOf(4);
      case "nam" -> BigDecimal.valueOf(5);
      case "sau" -> BigDecimal.valueOf(6);
      case "bay" -> BigDecimal.valueOf(7);
      case "chin" -> BigDecimal.valueOf(9);
      case "muoi" -> BigDecimal.TEN;
      default -> number(text);
    };
  }

  /**
   * "1,5" and "1.5" are decimals; "200.000" and "1.200" are thousands (a separator followed by
   * exactly three digits groups thousands, as Vietnamese writes them).
   */
  static BigDecimal number(String text) {
    String[] parts = text.split("[.,]");
    if (parts.length == 1) {
      return new BigDecimal(text);
    }
    boolean grouped = true;
    for (int i = 1; i < parts.length; i++) {
      grouped &= parts[i].length() == 3;
    }
    if (grouped) {
      return new BigDecimal(String.join("", parts));
    }
    if (parts.length == 2) {
      return new BigDecimal(parts[0] + "." + parts[1]);
    }
    return null;
  }

  private static Long vnd(Amount a) {
    return a.vnd() == null ? null : a.vnd().setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
