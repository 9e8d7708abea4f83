package vn.ketnoi.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses, lower-cased. */
public final class Emails {
  private Emails() {}

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

  public static String find(String text) {
    Matcher m = EMAIL.matcher(text);
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
  }
}
