package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers in the forms people type: "0912 345 678", "0912.345.678", "+84 912 345
 * 678", "84912345678", "(0263) 3 821 459". Normalised to the national form with a leading 0.
 */
public final class Phones {
  private Phones() {}

  /** A run of digit groups that may be a phone number, with its offsets. */
  public record Candidate(String digits, int start, int end) {}

  private static final Pattern RUN =
      Pattern.compile("(?<![\\d.,])\\(?\\+?\\d[\\d)]*(?:[ .\\-]{1,2}\\(?\\d+\\)?){0,6}(?![\\d])");

  /** The first valid phone number in the text, normalised, or null. */
  public static String find(String text) {
    for (Candidate c : candidates(text)) {
      String phone = normaliseGroups(text.substring(c.start(), c.end()));
      if (phone != null) {
        return phone;
      }
    }
    return null;
  }

  /**
   * Every valid phone number in the text, normalised, each once; the first is the one {@link
   * #find} gives. "0912 345 678 hoặc 0987 654 321" gives both, and so does the same without the
   * word between them.
   */
  public static List<String> all(String text) {
    LinkedHashSet<String> phones = new LinkedHashSet<>();
    for (Candidate c : candidates(text)) {
      String run = text.substring(c.start(), c.end());
      Prefix p = longestValidPrefix(run);
      while (p != null) {
        phones.add(p.phone());
        run = run.substring(p.length()).replaceFirst("^[ .\\-]+", "");
        p = run.isEmpty() ? null : longestValidPrefix(run);
      }
    }
    return List.copyOf(phones);
  }

  /** A valid number read from the first {@code length} characters of a run. */
  private record Prefix(String phone, int length) {}

  /**
   * The longest leading run of digit groups that is a valid number: "0912 345 678 2 máy" is
   * 0912345678 followed by a count, not an invalid eleven-digit number.
   */
  private static String normaliseGroups(String run) {
    Prefix p = longestValidPrefix(run);
    return p == null ? null : p.phone();
  }

  private static Prefix longestValidPrefix(String run) {
    String[] groups = run.split("(?=[ .\\-])");
    Prefix best = null;
    StringBuilder prefix = new StringBuilder();
    for (String group : groups) {
      prefix.append(group);
      String phone = normalise((run.startsWith("+") || run.startsWith("(+") ? "+" : "") + prefix.toString().replaceAll("\\D", ""));
      if (phone != null) {
        best = new Prefix(phone, prefix.length());
      }
    }
    return best;
  }

  /** Digit runs that look meant as a phone (start with 0 or 84, six digits or more). */
  public static List<Candidate> candidates(String text) {
    List<Candidate> result = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      String run = m.group();
      if (followedByUnit(text, m.end())) {
        continue;
      }
      String digits = run.replaceAll("\\D", "");
      boolean international = run.startsWith("+") || run.startsWith("(+");
      if ((digits.startsWith("0") || (international && digits.startsWith("84")))
          && digits.length() >= 6) {
        result.add(new Candidate(international ? "+" + digits : digits, m.start(), m.end()));
      }
    }
    return result;
  }

  /** A candidate that starts like a phone but cannot be one: too few or too many digits. */
  public static boolean hasMalformed(String text) {
    return candidates(text).stream()
        .anyMatch(c -> normaliseGroups(text.substring(c.start(), c.end())) == null);
  }

  /**
   * National form or null. Mobiles: 10 digits, 03/05/07/08/09. Landlines: 11 digits, 02 + area
   * code. Hotlines 1800/1900 are not contact numbers of a business and are left out.
   */
  public static String normalise(String digitsWithPlus) {
    String digits = digitsWithPlus.replaceAll("\\D", "");
    if (digitsWithPlus.startsWith("+84") || (digits.startsWith("84") && digits.length() == 11)) {
      digits = "0" + digits.substring(2);
    }
    if (digits.length() == 10 && digits.matches("0[35789]\\d{8}")) {
      return digits;
    }
    if (digits.length() == 11 && digits.matches("02\\d{9}")) {
      return digits;
    }
    return null;
  }

  private static boolean followedByUnit(String text, int end) {
    String rest = text.substring(end).stripLeading().toLowerCase(java.util.Locale.ROOT);
    return rest.matches("(?s)^(%|tr\\b|triệu|trieu|tỷ|tỉ|ty\\b|ti\\b|k\\b|usd|đ\\b|vnd|m2|m3|ha\\b|tấn|tan\\b|kg).*");
  }
}
