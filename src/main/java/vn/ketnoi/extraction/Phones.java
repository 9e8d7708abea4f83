package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * Vietnamese phone numbers in the forms people type: "0912 345 678", "0912.345.678", "+84 912 345
 * 678", "84912345678", "0084 912 345 678", "+84 (0) 912 345 678", "+84 (0)24 3825 6789" (the trunk 0 in parentheses
 * with the area code after it), "(84) 912 345 678", "(0236)
 * 3.822.123". Our scanner finds the candidates in the text; {@link PhoneNumbers} decides which are
 * numbers in use. Normalised to the national form with a leading 0.
 */
public final class Phones {
  private Phones() {}

  /** A run of digit groups that may be a phone number, with its offsets. */
  public record Candidate(String digits, int start, int end) {}

  /**
   * A number the business meant as a phone that is not one, with why: its digit count, and its
   * prefix ({@link PhoneNumbers#prefix}) for a range not in use.
   */
  public record Refusal(String typed, PhoneNumbers.Problem problem, int digits, String prefix) {}

  private static final Pattern RUN =
      Pattern.compile("(?<![\\d.,])\\(?\\+?\\d[\\d)]*(?:[ .\\-]{1,2}\\(?\\d+\\)?\\d*){0,6}(?![\\d])");
  /** A tax code, an enterprise code or an account number: digits that may look like a mobile. */
  private static final Pattern NOT_A_PHONE_LABEL =
      Pattern.compile(
          "(?<![a-z])(mst|ma so thue|ma so doanh nghiep|ma so dn|msdn|ma dn|ma so|stk|so tai khoan"
              + "|so tk|tai khoan|tk|cmnd|cccd|can cuoc|gpkd|dkkd|giay phep|so hieu)[\\s:.#-]*$");
  /** Words that say the next number is a phone: it was meant as one even when it does not read. */
  private static final Pattern PHONE_CUE =
      Pattern.compile(
          "(?<![a-z])(sdt|so dt|dt|dien thoai|di dong|dd|lh|lien he|zalo|goi|hotline|phone|tel"
              + "|mobile|so|alo)"
              + "(?:[\\s:.()-]+(?:cua |)(?:em|anh|chi|toi|minh|ben em|cong ty|cty|la|nha))*"
              + "[\\s:.()-]*$");
  private static final Pattern PLAIN_84 = Pattern.compile("^\\(?84\\)?[ .\\-]?\\d");

  /** The first valid phone number in the text, normalised, or null. */
  public static String find(String text) {
    List<String> phones = all(text);
    return phones.isEmpty() ? null : phones.get(0);
  }

  /**
   * Every valid phone number in the text, normalised, each once; the first is the one {@link
   * #find} gives. "0912 345 678 hoặc 0987 654 321" gives both, and so does the same without the
   * word between them.
   */
  public static List<String> all(String text) {
    LinkedHashSet<String> phones = new LinkedHashSet<>();
    for (Candidate c : candidates(text)) {
      if (labelledOtherwise(text, c)) {
        continue;
      }
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
  private static Prefix longestValidPrefix(String run) {
    String[] groups = run.split("(?=[ .\\-])");
    boolean plus = run.startsWith("+") || run.startsWith("(+");
    Prefix best = null;
    StringBuilder prefix = new StringBuilder();
    for (String group : groups) {
      prefix.append(group);
      String phone = normalise((plus ? "+" : "") + prefix.toString().replaceAll("\\D", ""));
      if (phone != null) {
        best = new Prefix(phone, prefix.length());
      }
    }
    return best;
  }

  /** Digit runs that look meant as a phone (start with 0, +84 or 84, six digits or more). */
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
      boolean national = digits.startsWith("0") && digits.length() >= 6;
      boolean countryCode = (international || PLAIN_84.matcher(run).find())
          && digits.startsWith("84") && digits.length() >= 8;
      if (national || countryCode) {
        result.add(new Candidate(international ? "+" + digits : digits, m.start(), m.end()));
      }
    }
    return result;
  }

  /**
   * Why a number the business meant as a phone is not one: too few or too many digits, or a range
   * not in use. Meant as a phone: the bot had asked for one ({@code asked}), or a word like "sđt",
   * "liên hệ", "zalo" comes right before it. Null when every such number reads, or there is none.
   */
  public static Refusal refusal(String text, boolean asked) {
    String nfc = Fold.nfc(text);
    String folded = Fold.fold(nfc);
    for (Candidate c : candidates(nfc)) {
      if (labelledOtherwise(nfc, c) || longestValidPrefix(nfc.substring(c.start(), c.end())) != null) {
        continue;
      }
      if (asked || PHONE_CUE.matcher(folded.substring(Math.max(0, c.start() - 30), c.start())).find()) {
        String national = PhoneNumbers.national(c.digits());
        return new Refusal(nfc.substring(c.start(), c.end()).strip(), PhoneNumbers.problem(national),
            national.length(), PhoneNumbers.prefix(national));
      }
    }
    return null;
  }

  /** National form or null: a Vietnamese mobile or fixed-line number in use. */
  public static String normalise(String digitsWithPlus) {
    return PhoneNumbers.valid(PhoneNumbers.national(digitsWithPlus));
  }

  /** "MST 0312345678" is a tax code, not a mobile; nor is a bank account or an ID card number. */
  private static boolean labelledOtherwise(String text, Candidate c) {
    String before = Fold.fold(Fold.nfc(text.substring(Math.max(0, c.start() - 25), c.start())));
    return NOT_A_PHONE_LABEL.matcher(before).find();
  }

  private static boolean followedByUnit(String text, int end) {
    String rest = text.substring(end).stripLeading().toLowerCase(Locale.ROOT);
    return rest.matches(
        "(?s)^(%|tr\\b|triệu|trieu|tỷ|tỉ|ty\\b|ti\\b|k\\b|usd|đồng|dong\\b|vnđ|vnd|đ(?![\\p{L}])"
            + "|m2|m3|ha\\b|tấn|tan\\b|kg|\\$|€|eur).*");
  }
}
