package vn.ketnoi.extraction;

import java.util.LinkedHashSet;
import java.util.List;
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

  /** Every address in the text, each once, in order; the first is the one {@link #find} gives. */
  public static List<String> all(String text) {
    LinkedHashSet<String> emails = new LinkedHashSet<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      emails.add(m.group().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(emails);
  }
}
