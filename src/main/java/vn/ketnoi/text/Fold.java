package vn.ketnoi.text;

import java.text.Normalizer;

/**
 * Vietnamese text folding for dictionary lookups.
 *
 * <p>{@link #fold} keeps the length of its (NFC) input, one char for one char, so a match found in
 * the folded copy can be cut from the original text at the same offsets.
 */
public final class Fold {
  private Fold() {}

  /** Unicode NFC: users' phones send both composed and decomposed Vietnamese. */
  public static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Lower case, tone and vowel marks removed, đ folded to d (đ has no Unicode decomposition). */
  public static String fold(String nfcText) {
    StringBuilder out = new StringBuilder(nfcText.length());
    for (int i = 0; i < nfcText.length(); i++) {
      out.append(foldChar(nfcText.charAt(i)));
    }
    return out.toString();
  }

  static char foldChar(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(decomposed.charAt(0));
  }

  /** True when the word carries no Vietnamese marks, i.e. it was typed without diacritics. */
  public static boolean isPlain(String word) {
    return fold(word).equals(word.toLowerCase(java.util.Locale.ROOT));
  }
}
