package vn.ketnoi.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Money.Span;

/**
 * How speakers and chat writers take an amount back, as {@link BudgetCorrections} reads them
 * (folded text): a spoken "à không", "à mà thôi", "à xin lỗi", "ý là", "nói lại"; a chat star
 * before the new amount ("50tr *80tr"); a former plan against a present one ("lúc đầu tính 400
 * triệu mà giờ … 500 triệu"); and a bare "à" between two amounts, which is a filler or a correction
 * and so settles neither.
 */
final class Retractions {
  private Retractions() {}

  /** "à", "ak", "ah", "ờ", "ừ", "ủa" folded: the sound a speaker makes before taking a word back. */
  static final String INTERJECTION = "(?:a|ak|ah|ay|o|u|uh|ua)";
  /**
   * What "à không" takes back before: a number in digits or words, or the bound or "tầm" of one.
   * "à không biết", "à không có ai" take nothing back.
   */
  private static final String NUMBER_START = "(?:\\d|(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi"
      + "|tram|ty|ti|duoi|tren|khoang|chung|gan|hon|toi da|it nhat|la|ghi la)(?![a-z]))";
  /** The spoken ways of taking the amount before back, said between it and the new one. */
  static final Pattern SPOKEN = Cues.words(INTERJECTION + " (?:khong|ko|k|hong)(?:\\s*[,.!;:\\n]|(?=\\s+"
      + NUMBER_START + ")|\\s*$)"
      + "|" + INTERJECTION + " (?:ma )?thoi|" + INTERJECTION + " (?:quen|lon|chet)"
      + "|(?:" + INTERJECTION + " )?xin loi|noi lai(?: la)?|y (?:la|em la|toi la|minh la|anh la|chi la)");
  /** "*80tr": in chat a star before the amount puts it in place of the one before. */
  static final Pattern STAR = Pattern.compile("(?:^|\\s)\\*\\s*$");
  private static final Pattern STAR_FIRST = Pattern.compile("^\\s*\\*");
  /** "lúc đầu tính", "ban đầu định": the amount after it was the plan ... */
  private static final Pattern FORMER = Cues.words("luc dau|ban dau|hoi dau|thoat dau|truoc day|dau tien");
  /** ... and "giờ", "bây giờ", "nay" before a later amount the plan now is ... */
  private static final Pattern NOW = Cues.words("gio|bay gio|nay|hien gio|hien tai");
  /** ... unless the later one is added to it ("giờ cần thêm 200 triệu nữa"). */
  private static final Pattern ADDED = Cues.words("them|nua|cong them|bo sung");
  /**
   * A bare "à" or "ờ" (not the polite "ạ") between a number and the next one, on one line ("tam
   * 80-100tr / a tu van giup e" is "anh, tư vấn giúp em").
   */
  private static final Pattern BARE_AFTER =
      Pattern.compile("^(?:[ \\t]+[a-z]+)?[ \\t]+(a|o|u|uh|ah)[ \\t]+(?!tu (?:van|dong|lam|co))(?=" + NUMBER_START + ")");
  private static final Pattern BARE_BEFORE = Pattern.compile("(?:\\d|(?<![a-z])(?:ty|ti|trieu|tr|cu|nghin|ngan|k"
      + "|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|tram|ruoi))[ \\t]+(a|o|u|uh|ah)[ \\t]+$");
  /** How far before an amount its "lúc đầu" may stand. */
  private static final int FORMER_REACH = 30;

  /** Whether the amount {@code s} was the plan and the one after {@code between} is the plan now. */
  static boolean formerPlan(String folded, Span s, String between) {
    String before = folded.substring(Math.max(0, s.start() - FORMER_REACH), s.start());
    return FORMER.matcher(before).find() && NOW.matcher(between).find() && !ADDED.matcher(between).find();
  }

  /** Whether {@code after}, the text after an amount, starts with a star and a number. */
  static boolean starred(String after, Pattern numberNext) {
    Matcher star = STAR_FIRST.matcher(after);
    return star.lookingAt() && numberNext.matcher(after.substring(star.end())).lookingAt();
  }

  /**
   * Whether a bare "à" joins {@code span} to a number before or after it ("một tỷ hai à một tỷ
   * ba"): said aloud it may be a filler or a correction, so neither amount is the writer's for sure.
   */
  static boolean fillerOrCorrection(String nfc, String folded, Span span) {
    String after = folded.substring(span.end(), Math.min(folded.length(), span.end() + 20));
    Matcher next = BARE_AFTER.matcher(after);
    if (next.find() && spoken(nfc, span.end() + next.start(1))) {
      return true;
    }
    String before = folded.substring(Math.max(0, span.start() - 20), span.start());
    Matcher last = BARE_BEFORE.matcher(before);
    return last.find() && spoken(nfc, span.start() - before.length() + last.start(1));
  }

  /** The polite "ạ" ends a sentence; only "à", "ờ", "ừ" (or a plain letter) stand between numbers. */
  private static boolean spoken(String nfc, int at) {
    char c = nfc.charAt(at);
    return c != 'ạ' && c != 'Ạ';
  }

  /** Whether an amount other than a count of things starts in [{@code from}, {@code to}]. */
  static boolean amountIn(List<Amount> amounts, int from, int to) {
    return amounts.stream().anyMatch(a -> !a.counts() && a.start() >= from && a.start() <= to);
  }
}
