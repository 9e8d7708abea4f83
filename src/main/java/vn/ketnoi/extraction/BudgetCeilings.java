package vn.ketnoi.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Amounts.Currency;
import vn.ketnoi.extraction.Money.Span;
import vn.ketnoi.text.Fold;

/**
 * Ceilings of {@link Money} said without a ceiling word: what the business refuses above an amount
 * ("cao hơn thì chịu", "trên 2 tỷ thì không kham nổi"), what it puts in and no more ("hết thì
 * thôi"), and all it has ("chỉ có 400 triệu").
 */
final class BudgetCeilings {
  private BudgetCeilings() {}

  /**
   * "tầm 1,5 tỷ thôi, cao hơn thì chịu", "800 triệu, không hơn được": what is above it the business
   * refuses, so the amount is its ceiling; so is "400 triệu, hết thì thôi" (when it is spent, the
   * business stops).
   */
  private static final Pattern NOTHING_ABOVE_AFTER =
      Pattern.compile("^\\s*(?:thoi|thui)?\\s*(?:a|nhe|nha)?\\s*[,;.!-]?\\s*(?:(?:con |chu |ma )?"
          + "(?:cao hon|nhieu hon|lon hon|dat hon|hon nua|hon|cao qua|qua muc|qua so|vuot muc|vuot so|tren)"
          + "(?: (?:nua|muc do|muc nay|so do|so nay|do|nay|vay|the))?(?: (?:la|thi))?"
          + "(?: (?:ben em|em|minh|toi|chung toi|cty|cong ty|htx|tui))?"
          + " (?:chiu|thua|thoi|het noi|khong|ko|k|hong|kho|vo|qua suc)"
          + "(?![a-z])|(?:khong|ko|k|hong) (?:the )?(?:hon|cao hon|nhieu hon|vuot|qua)(?: (?:duoc|nua|noi))?"
          + "(?: (?:a|nhe|nha|dau))?\\s*(?:[,.;!?]|$)"
          + "|(?:xai |dung |tieu |chi )?het (?:(?:chung|so|muc|khoan) (?:do|nay|ay) |do |nay )?(?:thi|la)"
          + " (?:thoi|thui|chiu|dung|nghi)(?![a-z]))");
  /** "trên 2 tỷ", "hơn 1 tỷ", "quá 500 triệu": a lower bound ... */
  private static final Pattern ABOVE_BEFORE =
      Pattern.compile("(?<![a-z])(?:tren|hon|qua|vuot qua|vuot|cao hon|nhieu hon|lon hon)" + Money.FILLER
          + "\\s*$");
  private static final Pattern UPWARD_AFTER = Pattern.compile("^\\s*(?:(?:dong|vnd|d)\\s+)?tro len(?![a-z])");
  /** ... then "thì" and a refusal: "trên 2 tỷ thì chúng tôi không kham nổi", "quá 1 tỷ là chịu". */
  private static final Pattern REFUSED_AFTER =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)(?![a-z]))?\\s*,?\\s*(?:thi|la)(?![a-z])[^.!?;,\\n\\d]{0,30}?"
          + "(?<![a-z])(?:" + BudgetRoles.CANNOT_PAY + "|chiu|thua|thoi|het noi|qua suc"
          + "|(?:khong|ko|k|hong) (?:lam|mua|chi|dau tu|theo|lo|xoay|chiu)(?: (?:duoc|noi|nua))?)(?![a-z])");
  /** "không muốn bỏ thêm quá 300 triệu": a negated spending verb, then "quá". */
  private static final Pattern NOT_SPEND_ABOVE =
      Pattern.compile("(?<![a-z])" + Money.NEGATION + "(?:(?:muon|the|dinh|duoc|nen) )?(?:bo|chi|dau tu|tieu|lo)"
          + "(?: ra| them)? qua" + Money.FILLER + "\\s*$");
  /**
   * "chỉ có 400 triệu", "chỉ lo được nửa tỷ", "chỉ xoay được 2 tỷ 3", "chỉ gom được 900 triệu", "chỉ
   * được 600tr": all the business can put in. Outside readers split on it: some read the amount,
   * some a ceiling ("e chi co tam 30 tr" the amount, "chỉ lo được 150 triệu" a ceiling), so it is
   * no budget ({@link #splitReading}) unless a ceiling word settles it ("chỉ lo được tối đa 2,5
   * tỷ"). So are "chỉ chi được", "chỉ bỏ ra được", "chỉ có thể chi", "chỉ dám chi", "chỉ kham nổi",
   * "chỉ còn lo được", "chỉ chuẩn bị được"; "đc" is "được" in chat. "chỉ cần" says no limit.
   */
  private static final Pattern ONLY_BEFORE =
      Pattern.compile("(?<![a-z])chi (?:con )?(?:co the |dam )?(?:(?:co|lo|xoay|gom|chi|bo ra|bo|kham|dau tu"
          + "|chuan bi|dong gop|gop)(?: duoc| dc| noi)?|duoc|dc)"
          + "(?:\\s+(?:khoang|tam|chung|co|duoc|dc|von|san|toi da|nhieu nhat|vao khoang|xap xi|la))*\\s*$");
  private static final Pattern CEILING_WORD = Pattern.compile("(?<![a-z])(?:toi da|nhieu nhat)(?![a-z])");
  /**
   * "tụi em có tầm 1ty2 thôi", "lo được 80tr thôi", "gom góp lắm được 900 triệu thôi": what the
   * business has, closed by "thôi" — the amount to some outside readers, a ceiling to others.
   */
  private static final Pattern HAS_BEFORE =
      Pattern.compile("(?<![a-z])(?:(co)|(?:lo|xoay|gom(?: gop)?(?: lam)?|chuan bi|thu xep|bo tri) (?:duoc|dc)|de ra)"
          + "(?:\\s+(?:khoang|tam|chung|co|duoc|dc|von|san|vao khoang|xap xi|la))*\\s*$");
  private static final Pattern ONLY_THEN =
      Pattern.compile("^\\s*(?:(?:trieu|ty|ti|tr|cu|dong|vnd|d)(?![a-z]))?\\s*(?:thoi|thui)(?![a-z])");

  /**
   * "chỉ làm trong 350 triệu thôi", "chỉ đầu tư trong vòng 1 tỷ", "chỉ chi trong phạm vi 2 tỷ": the
   * business keeps within the amount, a ceiling ("chỉ trong khoảng" says an approximate amount).
   */
  private static final Pattern ONLY_WITHIN =
      Pattern.compile("(?<![a-z])chi (?:dam |co the |muon )?(?:(?:lam|chi|dau tu|dung|xai|tieu|bo ra|lo|mua|tinh"
          + "|goi gon)(?: duoc| dc)? )?"
          + "trong(?: (?:vong|pham vi|tam|muc|gioi han))?(?: (?:co|tam|chung|la|muc))*\\s*$");
  private static final Pattern THEN_ONLY = Pattern.compile("^\\s*(?:(?:trieu|ty|ti|tr|cu|dong))?\\s*(?:thoi|thui)(?![a-z])");

  /** What follows the amount says the business goes no higher. */
  static boolean nothingAbove(String after) {
    return NOTHING_ABOVE_AFTER.matcher(after).find();
  }

  /**
   * "Trên 2 tỷ thì chúng tôi không kham nổi", "từ 500 triệu trở lên thì không lo được": the lower
   * bound of what the business refuses is its ceiling.
   */
  static boolean refusedAbove(String before, String after) {
    Matcher upward = UPWARD_AFTER.matcher(after);
    if (upward.find()) {
      return REFUSED_AFTER.matcher(after.substring(upward.end())).find();
    }
    return ABOVE_BEFORE.matcher(before).find() && REFUSED_AFTER.matcher(after).find();
  }

  /** "chỉ lo được tối đa X", "không muốn bỏ thêm quá X": a ceiling, what the business puts in at most. */
  static boolean allItPutsIn(String before) {
    Matcher only = ONLY_BEFORE.matcher(before);
    return NOT_SPEND_ABOVE.matcher(before).find() || only.find() && CEILING_WORD.matcher(only.group()).find()
        || ONLY_WITHIN.matcher(before).find();
  }

  /**
   * Typed plain, "toi" right before an amount is "tới" (up to: "sếp duyệt tới 1ty3") or "tôi" (I),
   * and a slang "tỏi" (tỷ) too: unsure, unless a word before settles it — a speaker ("bên toi
   * 600 trieu" is "tôi") or a bound word ("chap nhan toi", "khong toi", "chua toi": under it, read
   * by {@link Money}).
   */
  private static final Pattern PLAIN_TOI =
      Pattern.compile("(?<![a-z])(?<!(?:ben|chung|ty|cty|xuong|nha|htx|so|cua|anh|chi|em|nhan|len|the|duoc|khong|ko|k|hong|chang|chua) )"
          + "toi\\s*$");

  /** The words just before {@code at} are typed without marks (the rest of the message may have them). */
  private static boolean typedPlain(String nfc, int at) {
    String near = nfc.substring(Math.max(0, Math.min(at, nfc.length()) - 40), Math.min(at, nfc.length()));
    return Fold.fold(near).equals(near.toLowerCase(Locale.ROOT));
  }

  /**
   * "chỉ có X", "có X thôi": the amount to some readers, a ceiling to others; so no budget ("cỡ",
   * folded like "có", is about: "ngân sách cỡ 100 củ thôi" stays 100 triệu).
   */
  static boolean splitReading(String nfc, String before, String after) {
    if (PLAIN_TOI.matcher(before).find() && typedPlain(nfc, before.length())) {
      return true;
    }
    Matcher only = ONLY_BEFORE.matcher(before);
    if (only.find() && !CEILING_WORD.matcher(only.group()).find()) {
      return true;
    }
    Matcher has = HAS_BEFORE.matcher(before);
    return has.find() && ONLY_THEN.matcher(after).find()
        && (has.group(1) == null || BudgetRoles.writtenAs(nfc, has.start(1), "có"));
  }

  /**
   * "Em gom được 350 triệu / … chỉ làm trong 350 triệu thôi": the business's amount, repeated later
   * as what it keeps within, is one ceiling.
   */
  static boolean keptWithin(String folded, Span s, Span next) {
    return !s.foreign() && !s.unsure() && s.min() != null && s.min().equals(s.max()) && !next.foreign()
        && !next.unsure() && next.min() == null && s.max().equals(next.max())
        && ONLY_WITHIN.matcher(folded.substring(s.end(), next.start())).find();
  }

  /**
   * "Em gom được 350 triệu / … không thì em cũng chỉ làm trong 350 thôi": the business's amount,
   * repeated later without its unit after "chỉ làm trong" and with "thôi", is its ceiling.
   */
  static Span repeatedAsCeiling(String folded, Span s, List<Amount> amounts) {
    Amount first = amounts.stream()
        .filter(a -> a.start() == s.start() && a.end() == s.end()).findFirst().orElse(null);
    if (first == null || !first.number().hasUnit() || s.foreign() || s.unsure() || s.min() == null
        || !s.min().equals(s.max())) {
      return s;
    }
    for (Amount bare : amounts) {
      if (bare.start() >= s.end() && bare.currency() == Currency.NONE && !bare.number().hasUnit()
          && !bare.vague() && !bare.counts()
          && ONLY_WITHIN.matcher(folded.substring(s.end(), bare.start())).find()
          && THEN_ONLY.matcher(folded.substring(bare.end())).find()
          && bare.value().multiply(first.number().lastUnit()).compareTo(BigDecimal.valueOf(s.max())) == 0) {
        return new Span(null, s.max(), false, false, s.start(), s.end());
      }
    }
    return s;
  }
}
