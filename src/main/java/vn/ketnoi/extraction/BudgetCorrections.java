package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Money.Span;
import vn.ketnoi.text.Fold;

/**
 * An amount the writer corrects is no longer theirs: "em có 20 củ, à nhầm 25 củ", "a nham 350 cu",
 * "e co 70 trieu / a ko, e co 90 trieu", "ko phai 50tr ma 500tr", "đính chính: 500 triệu". The
 * amount said before the correction is dropped and the one after it stands, so only what the
 * writer settled on is weighed by {@link Money}.
 */
final class BudgetCorrections {
  private BudgetCorrections() {}

  /** How far the correcting words and the new amount may stand from the old one. */
  private static final int REACH = 50;
  /**
   * "nhầm" with its marks is always a correction; typed plain, "nham" folds like "nhằm" (in order
   * to), so it must follow a speaker or interjection ("a nham", "e ghi nham") or end its phrase.
   */
  private static final Pattern MISTAKE_MARKED = Pattern.compile("(?<!\\p{L})(?:nhầm|lộn)(?!\\p{L})");
  /** Typed plain, "lon" is also "lớn" (big), so it counts only after a speaker's sound ("a lon,"). */
  private static final Pattern MISTAKE_PLAIN =
      Pattern.compile("(?<![a-z])(?:(?:" + Retractions.INTERJECTION + "|a a|oi|e|em|minh|toi|tui|ghi|go|viet|noi|nhan|bi)"
          + " nham|(?:" + Retractions.INTERJECTION + "|noi|ghi|go|viet) lon"
          + "|nham(?: roi| mat| chut)?\\s*[,.!:;\\n])(?![a-z])");
  /**
   * "đính chính", "sửa lại", "đúng ra là" (and the spoken ways, {@link Retractions#SPOKEN}): taking
   * the amount back; so is a change said as now, a few words after "giờ" ("kinh phí 700 triệu, giờ
   * HTX họp nâng lên 1 tỷ"), unlike a raise the business could make ("lo được 1 tỷ, có thể nâng lên
   * 1,5 tỷ": a range).
   */
  private static final Pattern TAKEN_BACK =
      Pattern.compile("(?<![a-z])(?:dinh chinh|sua lai|xin sua|ghi lai la|dung ra(?: la)?|chinh xac la"
          + "|(?:gio|bay gio|nay|gio thi) (?:(?!co |the |se |muon |dinh )[a-z]+ ){0,3}(?:(?:nang|tang) len|doi thanh"
          + "|dieu chinh(?: len| thanh)?))(?![a-z])");
  /**
   * Right before the new amount, words the bound rules would misread: alone, "giờ HTX họp nâng lên
   * 500 triệu" reads as a ceiling, and the "không" of "à không dưới 800 triệu" as "not below".
   */
  private static final Pattern MISREAD_BEFORE = Pattern.compile("(?<![a-z])(?:(?:nang|tang) len(?: [a-z]+){0,2}"
      + "|(?:khong|ko|k|hong) (?:duoi|tren|qua|hon|vuot|toi|den|it hon|nhieu hon))\\s*$");
  /** "không phải 50tr mà 500tr": the first amount denied, the second put in its place. */
  private static final Pattern DENIED_BEFORE = Pattern.compile("(?<![a-z])(?:khong|ko|k|chu khong) phai\\s*$");
  private static final Pattern INSTEAD_BETWEEN =
      Pattern.compile("^\\s*(?:(?:dong|d|trieu|tr)\\s*)?,?\\s*(?:ma|ma la|la)(?:\\s+(?:khoang|tam|chung|co))?\\s*$");

  /**
   * "em chốt 25", a new line "thôi, 15 thôi ạ": settling on a number said after the amount ("300
   * triệu thôi, 2 máy" settles nothing).
   */
  private static final Pattern SETTLED_ON =
      Pattern.compile("(?:(?<![a-z])chot|\\n\\s*thoi(?![a-z]))[,\\s]*(?:[a-z]+\\s+){0,3}");
  /** "à 350 mới đúng": the amount right before it is declared the right one. */
  private static final Pattern DECLARED_RIGHT =
      Pattern.compile("^\\s*(?:trieu|tr|cu|ty|ti)?\\s*(?:moi|la|thi moi) (?:dung|chuan|chinh xac)"
          + "\\s*(?:[,.!?;)\\n]|$|(?:roi|a|nhe|nha|xin loi)(?![a-z]))");
  /** A short number, not the start of a phone: what a correction without its unit says ... */
  private static final String SHORT_NUMBER = "(?<!\\d)[1-9]\\d{0,3}(?:[.,]\\d+)?(?![\\d.,]*\\s?\\d)";
  /** ... a few words after the correcting ones, or right after settling on it. */
  private static final Pattern NUMBER_SOON = Pattern.compile("^[^\\d]{0,30}?" + SHORT_NUMBER);
  private static final Pattern NUMBER_NEXT = Pattern.compile("^\\s*" + SHORT_NUMBER);

  /**
   * A correction after the amount that no amount of the rules follows: "e co 150tr / a nham, tam 120
   * thoi", "tầm 30 củ … thôi e chốt 25", "tám trăm triệu à không tám trăm năm mươi", "50tr *80";
   * or a bare "à" before another number, a filler or a correction. The number it puts in place has no unit, so the amount it
   * corrects is no longer the writer's and none can be read in its place.
   */
  static boolean correctedLater(String nfc, String folded, Span budget) {
    String after = folded.substring(budget.end(), Math.min(folded.length(), budget.end() + REACH * 3));
    String written = nfc.substring(budget.end(), budget.end() + after.length()).toLowerCase(Locale.ROOT);
    List<Amount> amounts = Amounts.in(nfc);
    // Typed plain, "nham" is read with a space after the text, as in corrected().
    Matcher cue = Fold.isPlain(written) ? MISTAKE_PLAIN.matcher(after + " ") : MISTAKE_MARKED.matcher(written);
    if (cue.find() && numberSoon(amounts, budget, after, Math.min(cue.end(), after.length()))) {
      return true;
    }
    for (Pattern taken : List.of(TAKEN_BACK, Retractions.SPOKEN)) {
      Matcher back = taken.matcher(after);
      if (back.find() && numberSoon(amounts, budget, after, back.end())) {
        return true;
      }
    }
    Matcher settled = SETTLED_ON.matcher(after);
    while (settled.find()) {
      if (NUMBER_NEXT.matcher(after.substring(settled.end())).lookingAt()) {
        return true;
      }
    }
    Matcher number = NUMBER_SOON.matcher(after);
    if (number.lookingAt() && DECLARED_RIGHT.matcher(after.substring(number.end())).lookingAt()) {
      return true;
    }
    return Retractions.starred(after, NUMBER_NEXT) || Retractions.fillerOrCorrection(nfc, folded, budget);
  }

  /**
   * Whether a number follows the correcting words ending at {@code cue} in {@code after}: a short
   * one in digits, or one in words ("à không tám trăm năm mươi").
   */
  private static boolean numberSoon(List<Amount> amounts, Span budget, String after, int cue) {
    int from = budget.end() + cue;
    return NUMBER_SOON.matcher(after.substring(cue)).find() || Retractions.amountIn(amounts, from, from + 30);
  }

  /** The amounts of {@code spans} without those the writer corrects by a later one. */
  static List<Span> latest(String nfc, String folded, List<Span> spans) {
    List<Span> kept = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      if (k + 1 >= spans.size() || !corrected(nfc, folded, s, spans.get(k + 1))) {
        kept.add(s);
      } else if (MISREAD_BEFORE.matcher(folded.substring(s.end(), spans.get(k + 1).start())).find()) {
        // The amount put in place is kept as unsure: its bound cannot be read.
        Span next = spans.get(++k);
        kept.add(new Span(next.min(), next.max(), next.foreign(), true, next.start(), next.end()));
      }
    }
    return kept;
  }

  private static boolean corrected(String nfc, String folded, Span s, Span next) {
    String between = folded.substring(s.end(), next.start());
    if (between.length() > REACH) {
      return false;
    }
    if (DENIED_BEFORE.matcher(folded.substring(0, s.start())).find()
        && INSTEAD_BETWEEN.matcher(between).matches()) {
      return true;
    }
    String written = nfc.substring(s.end(), next.start()).toLowerCase(Locale.ROOT);
    // Typed plain between the two amounts ("em co 20 củ, a nham 25 cu"), "nham" is read by its place.
    boolean mistake = Fold.isPlain(written)
        ? MISTAKE_PLAIN.matcher(between + " ").find() : MISTAKE_MARKED.matcher(written).find();
    return mistake || TAKEN_BACK.matcher(between).find() || Retractions.SPOKEN.matcher(between).find()
        || Retractions.STAR.matcher(between).find() || Retractions.formerPlan(folded, s, between)
        || DECLARED_RIGHT.matcher(folded.substring(next.end())).lookingAt();
  }
}
