package vn.ketnoi.conversation;

import java.util.List;
import java.util.regex.Pattern;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.text.Fold;

/**
 * The province a business's name holds ("Công ty TNHH Chè Thái Nguyên", "HTX Nông nghiệp Sóc
 * Trăng"), taken for the card as a careful staff member would: a business named after a province
 * is usually there, but not always, so only when its messages name no place at all and never
 * against an explicit "ở/tại …", "địa chỉ", "trụ sở" or a region ("miền Tây"); the summary says
 * where it came from, so the business corrects it if wrong. The extractor keeps need-card.md's
 * rule (a place inside a name is not the province), so {@code extract} and {@code eval} read as
 * the labelled sets do; this is the conversation's step, before the business confirms.
 */
final class NamedProvince {
  /** A place stated outside the name, folded: a location cue before a name or a place noun, or a region. */
  private static final Pattern STATED_PLACE = Pattern.compile(
      "(?<![a-z])(?:(?:o|tai)\\s+(?:tinh|thanh pho|tp|huyen|quan|thi xa|thi tran|xa|phuong|mien|vung|khu vuc)"
          + "|dia chi|tru so|mien (?:tay|bac|trung|nam|dong)|tay nguyen|tay bac|dong bac|nam bo|bac bo"
          + "|trung bo|dbscl|dong bang song cuu long)(?![a-z])");
  /** "ở"/"tại" before a capitalised word that is not the Sở or the country: "ở Lào", "tại Vientiane". */
  private static final Pattern CUE_BEFORE_NAME = Pattern.compile(
      "(?<![\\p{L}])(?:[ởỞ]|[oO]|[tT]ại|[tT]ai)\\s+(?!Sở\\b|So\\b|Việt Nam|Viet Nam|VN\\b)\\p{Lu}");

  private final Provinces provinces;

  NamedProvince(Provinces provinces) {
    this.provinces = provinces;
  }

  /** The card with the province of the business's name, when that is all that says where. */
  NeedCard filled(NeedCard card, List<String> said) {
    if (card.province() != null || card.companyName() == null) {
      return card;
    }
    String named = provinces.inName(card.companyName());
    if (named == null || said.stream().anyMatch(m -> statesPlace(m, card.companyName()))) {
      return card;
    }
    return card.with(Field.PROVINCE, named);
  }

  /** Whether the message says where the business is, outside its name. */
  private static boolean statesPlace(String message, String name) {
    String text = Fold.nfc(message);
    String folded = Fold.fold(text);
    String foldedName = Fold.fold(Fold.nfc(name));
    int at = folded.indexOf(foldedName);
    if (at >= 0) {
      // Fold keeps the length, so the name is cut from the text at the same offsets.
      text = text.substring(0, at) + " ".repeat(foldedName.length()) + text.substring(at + foldedName.length());
      folded = Fold.fold(text);
    }
    return STATED_PLACE.matcher(folded).find() || CUE_BEFORE_NAME.matcher(text).find();
  }
}
