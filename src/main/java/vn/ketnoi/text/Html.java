package vn.ketnoi.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one formatting path to Telegram: HTML parse mode, every piece of text escaped here ("Sở
 * KH&CN" and "<50 triệu>" arrive intact), long texts split on line boundaries below the limit.
 * It lives in {@code text} because staff announcements count their parts before anything is sent.
 */
public final class Html {
  /** Telegram's limit is 4096 characters; keep a margin. */
  public static final int MAX_LENGTH = 4000;

  private Html() {}

  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Splits escaped text into parts of at most {@code max} chars, on line breaks where possible. */
  public static List<String> split(String escaped, int max) {
    List<String> parts = new ArrayList<>();
    String rest = escaped;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut <= 0) {
        cut = rest.lastIndexOf(' ', max);
      }
      if (cut <= 0) {
        cut = max;
      }
      cut = avoidBreakingEntity(rest, cut);
      parts.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  /** Never cut inside "&amp;" and friends, or inside a surrogate pair. */
  private static int avoidBreakingEntity(String text, int cut) {
    int amp = text.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 6 && text.indexOf(';', amp) >= cut) {
      cut = amp;
    }
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }
}
