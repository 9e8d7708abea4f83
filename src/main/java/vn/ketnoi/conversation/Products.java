package vn.ketnoi.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * What a business says it makes, from a message that gives context: "nhà chị làm bánh tráng ở
 * Trảng Bàng", "cơ sở em chuyên sản xuất nước mắm", "htx minh trong che". The rules read no
 * products, so without this such a message would give the draft nothing but a province.
 */
final class Products {
  private Products() {}

  /** Read on folded text, which keeps every character's position, so the original is cut out. */
  private static final Pattern MAKES = Pattern.compile(
      "(?<![a-z])(?:nha|ben|co so|xuong|cong ty|cty|htx|hop tac xa|gia dinh|trang trai|doanh nghiep)"
          + "(?: [a-z]+)?(?: (?:dang|chuyen|cung))? (?:lam|san xuat|che bien|trong|nuoi|chuyen)"
          + " ([a-z0-9]+(?: [a-z0-9]+){0,5}?)(?= (?:o|tai|va|de|can|muon|nam|dat|khoang|tam|voi)(?![a-z])|[,.;:!?\\n]|$)");

  /** The product named, in the business's own spelling, or empty. */
  static Optional<String> in(String text) {
    String nfc = Fold.nfc(text);
    Matcher m = MAKES.matcher(Fold.fold(nfc));
    if (!m.find()) {
      return Optional.empty();
    }
    String product = nfc.substring(m.start(1), m.end(1)).strip();
    return product.isEmpty() ? Optional.empty() : Optional.of(product);
  }
}
