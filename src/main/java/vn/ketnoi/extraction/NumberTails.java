package vn.ketnoi.extraction;

import java.util.List;
import java.util.Set;
import vn.ketnoi.extraction.Numerals.Token;

/**
 * The words that may follow a number and end it, so a digit word before them is the number's last
 * ("một tỷ hai nhé" is 1,2 tỷ, "300-400 củ anh ạ" 400 triệu) while any other word ("2 tỷ năm nay",
 * "một tỷ ba mẹ cho") says the digit word is not the number's.
 */
final class NumberTails {
  private NumberTails() {}

  /** Particles, conjunctions and the currency: none of them is counted or is a year or a father. */
  private static final String[] ENDINGS = {"nhé", "nha", "thôi", "ạ", "đồng", "vnđ", "vnd", "đ", "là", "cho",
      "để", "thì", "và", "hoặc", "đến", "tới", "trở", "đổ", "nhưng", "á", "à", "ơi", "nè", "nhe", "nhen",
      "nghen", "hen", "nhỉ", "luôn", "thui"};
  /**
   * Whom the speaker addresses ("một tỷ hai á anh", "chín trăm củ chị nhé"), as written: typed plain,
   * "chi", "bac", "chu" are also "chi" (spend), "bạc", "chữ" ("cong ty tu chi: 350 trieu" is no 1,4 tỷ).
   */
  private static final Set<String> ADDRESSED = Set.of("anh", "em", "chị", "bác", "chú", "sếp", "ad");

  /** True when the word at i (joined, a letter) ends the number before it. */
  static boolean endsAt(List<Token> t, int i) {
    if (t.get(i).isAny(ENDINGS)) {
      return true;
    }
    // "anh" alone, or before a particle, is said to someone; "hai anh em" counts brothers.
    int next = i + 1;
    return ADDRESSED.contains(t.get(i).lower())
        && (next >= t.size() || !t.get(next).joined() || t.get(next).isAny(ENDINGS));
  }
}
