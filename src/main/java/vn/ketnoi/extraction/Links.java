package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail and web addresses are names, not words: "viet.tq@cokhihoabinh.com.vn" holds no "TQ"
 * (Trung Quốc) and "japan-machines.com.vn" no Japan. The words are read with them blanked out,
 * same length so every offset still points into the message; the contacts themselves are read
 * from the message as written.
 */
final class Links {
  private Links() {}

  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"
              + "|(?i:https?://|www\\.)[^\\s,;()<>\"]+"
              // a bare domain: "cokhihoabinh.com.vn", "china-parts.vn/catalog"
              + "|(?i)(?<![\\p{L}\\p{N}@.])[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*"
              + "\\.(?:com|net|org|edu|gov|info|biz|vn|io)(?:\\.vn)?(?![\\p{L}\\p{N}])"
              + "(?:/[^\\s,;()<>\"]*)?");

  /** The message with every address replaced by as many spaces. */
  static String blanked(String message) {
    Matcher m = ADDRESS.matcher(message);
    if (!m.find()) {
      return message;
    }
    StringBuilder out = new StringBuilder(message);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }
}
