package vn.ketnoi.extraction;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.text.Fold;

/**
 * What is said around an amount that changes how far it reaches, in chat and speech: a range said
 * as two cases ("ít thì 200 nhiều thì 300tr"), and words after the amount that leave its reading
 * split ("tầm 1 tỷ hoặc hơn chút", an amount whose next line is a bare number). All on folded text.
 */
final class SpokenBounds {
  private SpokenBounds() {}

  /** "ít thì", "thấp thì", "rẻ thì" (also "ít nhất thì") before the first end of a two-case range. */
  private static final Pattern LOW_CASE =
      Pattern.compile("(?<![a-z])(?:it|thap|re)(?: nhat)? thi\\s*$");
  /** ", nhiều thì", "còn cao thì", "đắt thì": the second case, right before the other end. */
  private static final Pattern HIGH_CASE =
      Pattern.compile("^\\s*[,;]?\\s*(?:con )?(?:nhieu|cao|mac)(?: nhat)? thi\\s*$");
  /**
   * "1 tỷ hoặc hơn", "tầm 1 tỷ\nhoặc hơn chút", "1 tỷ hơn một chút": about the amount to some
   * readers, at least it to others; neither is sure.
   */
  private static final Pattern OR_MORE =
      Pattern.compile("^\\s*[,;]?\\s*(?:(?:hoac|hay)\\s+(?:hon|nhieu hon|cao hon|tren)"
          + "|hon (?:mot )?(?:chut|xiu|ti)(?![a-z]))(?![a-z])");
  /**
   * "tầm 1 tỷ\n2": a line holding only a small number after the amount's line may go on with the
   * amount (1 tỷ 2, chat sends each line as it is typed) or stand apart; so the amount is unsure.
   */
  private static final Pattern BARE_NEXT_LINE =
      Pattern.compile("^[ \\t]*\\r?\\n[ \\t]*\\d{1,3}[ \\t]*(?:\\r?\\n|$)");

  /** "ít thì 200 nhiều thì 300tr": the two ends of one range, the unit of the second shared. */
  static boolean twoCases(String folded, Amount a, Amount b) {
    return LOW_CASE.matcher(folded.substring(0, a.start())).find()
        && HIGH_CASE.matcher(folded.substring(a.end(), b.start())).matches();
  }

  /** "1 tỷ (±10%)", "1 tỷ (+/- 100 triệu)": a margin in brackets after the amount, never computed. */
  private static final Pattern MARGIN_IN_BRACKETS = Pattern.compile("^\\s*\\(\\s*(?:±|\\+/-|\\+-)");

  /**
   * "một tỷ hay trăm triệu", "500 triệu hoặc 6": another number offered after "hay" / "hoặc" makes
   * the amount one of two (or a word misheard: "hay" for "hai"), even when the other is not read.
   */
  private static final Pattern ALTERNATIVE = Pattern.compile("^\\s*[,;]?\\s*(?:hoac|hay)(?: la)?\\s+(?:\\d|"
      + Cues.words("mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|chuc|nua|ty|ti|trieu|nghin|ngan|cu"
          + "|khong (?:phay|cham)") + ")");

  /** True when the words after an amount leave its reading split. */
  static boolean unsureAfter(String after) {
    return OR_MORE.matcher(after).find() || BARE_NEXT_LINE.matcher(after).find()
        || MARGIN_IN_BRACKETS.matcher(after).find() || ALTERNATIVE.matcher(after).find();
  }

  /** Up to three words between a bound and its amount ("ít nhứt cũng chuẩn bị 150 triệu"), none a bound or "no". */
  private static final String WORDS_BETWEEN =
      "(?:\\s+(?!(?:khong|ko|chang|hon|qua|duoi|tren|den|toi|tu)(?![a-z]))[a-z]+){0,3}\\s*$";
  /** "cùng lắm", "nhiều nhứt", "tối đa" (with its marks: "toi da" is also "tôi đã"): at most. */
  private static final Pattern CEILING =
      Pattern.compile("(?<![a-z])(?:nhieu nhat|nhieu nhut|cao nhat|cao nhut)" + WORDS_BETWEEN);
  private static final Pattern MARKED_CEILING = Pattern.compile("(?<!\\p{L})(?:cùng lắm|tối đa)"
      + WORDS_BETWEEN.replace("[a-z]", "\\p{L}").replace("(?![a-z])", "(?!\\p{L})"));
  /** "ít nhứt", "ít ra", "tối thiểu", "thấp nhứt", southern "nhứt" for "nhất": at least. */
  private static final Pattern FLOOR =
      Pattern.compile("(?<![a-z])(?:it nhat|it nhut|it ra|toi thieu|thap nhat|thap nhut)" + WORDS_BETWEEN);

  /** A bound of at most said before the amount at {@code start}, with words between allowed. */
  static boolean atMost(String nfc, int start) {
    String head = nfc.substring(0, start).toLowerCase(Locale.ROOT);
    return CEILING.matcher(Fold.fold(head)).find() || MARKED_CEILING.matcher(head).find();
  }

  /** A bound of at least said before the amount at {@code start}, with words between allowed. */
  static boolean atLeast(String nfc, int start) {
    return FLOOR.matcher(Fold.fold(nfc.substring(0, start).toLowerCase(Locale.ROOT))).find();
  }
}
