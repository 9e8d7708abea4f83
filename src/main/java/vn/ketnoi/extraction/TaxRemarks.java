package vn.ketnoi.extraction;

import java.util.List;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;

/**
 * "1 tỷ đồng, không bao gồm 10% thuế VAT", "600tr (chưa VAT)": an amount said before a tax it
 * leaves out is what the business pays to some careful readers and that plus the tax to others
 * (money31 b130, heldout-money16 v079: "one might write 1 tỷ, another 1,1 tỷ"), so it is unsure.
 * One said with the tax in ("đã bao gồm VAT") stays.
 */
final class TaxRemarks {
  private TaxRemarks() {}

  /**
   * Right after the amount (folded): a bracket or comma, then "chưa (bao gồm …) thuế / VAT" or
   * "không bao gồm / tính … thuế"; a bare "không thuế" may say no tax is due.
   */
  private static final Pattern TAX_LEFT_OUT = Pattern.compile(
      "^\\s*[(,]?\\s*(?:chua\\s+(?:(?:bao gom|gom|tinh|ke|co)\\s+)?|(?:khong|ko)\\s+(?:bao gom|gom|tinh|ke)\\s+)"
          + "(?:\\d+\\s*%\\s*)?(?:thue|vat|gtgt)(?![a-z])");

  /** The amounts, each said before a tax it leaves out made unsure. */
  static List<Amount> marked(String folded, List<Amount> amounts) {
    return amounts.stream()
        .map(a -> TAX_LEFT_OUT.matcher(folded.substring(a.end())).find() ? a.unsure() : a)
        .toList();
  }
}
