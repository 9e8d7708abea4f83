package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money shared with others where the business's own part is only a share, never an amount (round
 * 12: money19 and money21's outside labellers left all of these empty): "tổng mức đầu tư 2,4 tỷ …
 * xin Sở hỗ trợ 30%, phần còn lại công ty tự lo", "đối tác gop một nửa", "hai bên chia đôi",
 * "công ty 30%", "trong đó HTX mong được hỗ trợ một phần". The total is not the business's money
 * and its part would have to be computed, which the card never does. A share followed in its
 * sentence by a figure ("bỏ một nửa là 400 triệu", "góp 40%, tương đương 1,6 tỷ") names the part
 * and is left to the other rules.
 */
final class BudgetShares {
  private BudgetShares() {}

  /** Who the business is, before its share in percent ("toi" alone is also "tới", "xuong" "xuống": left out). */
  private static final String PARTY =
      "(?:cong ty|cty|htx|doanh nghiep|co so|ben (?:em|minh|toi)|chung toi|em|minh|phia (?:cong ty|htx|minh))";
  /** "công ty 30%", "HTX có 40%", "bên mình góp 60%": its whole (100%) is no share. */
  private static final String PARTY_PERCENT =
      PARTY + "(?: (?:co|gop|bo|chi|chiu|lo|tu lo|tra|dong gop))? (?!100\\s*%)\\d+(?:[.,]\\d+)?\\s*(?:%|phan tram)";
  /**
   * Half put in or paid ("góp một nửa", "chỉ lo được 1 nửa"), "chia đôi"; a half that only says
   * what the money is ("trong đó một nửa là vốn vay") is no share of it.
   */
  private static final String HALF =
      "(?:gop|lo|chi|bo|dau tu|chiu|tai tro|ho tro|tra)(?: [a-z]+){0,3}? (?:mot|1) nua|chia doi";
  /** The business pays what is left: "phần còn lại công ty tự lo", "HTX lo phần còn lại". */
  private static final String OWN_REST =
      "phan con lai(?: [a-z]+){0,3}? (?:tu )?(?:lo|chiu|bo|bu|gop|doi ung|chi tra|tra)"
          + "|(?:lo|chiu|bu|tra|bo) (?:not )?phan con lai";
  /** "…3,5 tỷ, trong đó HTX mong được hỗ trợ một phần": the support is inside the total. */
  private static final String SUPPORT_WITHIN = "trong do(?: [a-z]+){0,4}? ho tro";

  private static final Pattern SHARE =
      Cues.words(PARTY_PERCENT + "|" + HALF + "|" + OWN_REST + "|" + SUPPORT_WITHIN);
  /** A sentence ends at a stop that is not a thousands point, or a line. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(?!\\d)|[;!?\\n]");
  private static final Pattern FIGURE = Pattern.compile("\\d");

  /** True when the business's part is named only as a share, with no figure after it in its sentence. */
  static boolean ownPartOnlyAShare(String folded) {
    Matcher share = SHARE.matcher(folded);
    while (share.find()) {
      Matcher end = SENTENCE_END.matcher(folded);
      int to = end.find(share.end()) ? end.start() : folded.length();
      if (!FIGURE.matcher(folded.substring(share.end(), to)).find()) {
        return true;
      }
    }
    return false;
  }
}
