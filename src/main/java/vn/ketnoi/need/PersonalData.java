package vn.ketnoi.need;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ketnoi.extraction.Phones;
import vn.ketnoi.text.Fold;

/**
 * What names one business's contact (its company, people, phones and e-mails, as stored) and how
 * to cut it out of free text (titles, descriptions, staff notes) while the rest of the text stays
 * readable. Names match whole words, with or without diacritics, whatever the spacing and quotes;
 * every phone number and e-mail address is cut, known or not.
 */
public final class PersonalData {
  private static final String WORD = "[\\p{L}\\p{N}]";
  private static final String GAP = "[^\\p{L}\\p{N}]+";
  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}");
  /** A person is "chị Lan", "anh Nam": the given name alone, after a title, is theirs too. */
  private static final String TITLES = "(?:anh|chi|ong|ba|em|co|chu|bac|mr|ms|mrs)";
  /** Legal forms before a business's own name: "HTX Gốm Sứ Hoàng Liên" is "Gốm Sứ Hoàng Liên". */
  private static final Pattern LEGAL_FORM = Pattern.compile(
      "^(?:tong cong ty|cong ty|cty|ct|hop tac xa|htx|doanh nghiep tu nhan|dntn|ho kinh doanh|hkd"
          + "|to hop tac|co so|xuong|trang trai|nha may)(?: (?:tnhh|co phan|cp|mtv|mot thanh vien"
          + "|hai thanh vien tro len))*(?= )");

  private final List<Pattern> names;
  private final String marker;

  private PersonalData(List<Pattern> names, String marker) {
    this.names = names;
    this.marker = marker;
  }

  /**
   * @param companies the business names stored for the business
   * @param people the contact names
   * @param phones the phone numbers in any form (the pattern for phones cuts every number anyway)
   * @param emails the e-mail addresses
   * @param marker what stands where something was cut, e.g. "[đã xóa]"
   */
  public static PersonalData of(Collection<String> companies, Collection<String> people,
      Collection<String> phones, Collection<String> emails, String marker) {
    List<Pattern> names = new ArrayList<>();
    for (String company : present(companies)) {
      String folded = words(company);
      names.add(phrase(folded));
      Matcher legal = LEGAL_FORM.matcher(folded);
      // Only a name of two words or more stands alone: "Cơ sở Chè" must not cut every "chè".
      if (legal.find() && folded.substring(legal.end()).strip().split(" ").length >= 2) {
        names.add(phrase(folded.substring(legal.end()).strip()));
      }
    }
    for (String person : present(people)) {
      String folded = words(person).replaceFirst("^" + TITLES + " ", "");
      if (folded.isEmpty()) {
        continue;
      }
      // A one-word name ("Lan") is cut only after a title: alone it is also a common word.
      if (folded.contains(" ")) {
        names.add(phrase(folded));
      }
      String given = folded.substring(folded.lastIndexOf(' ') + 1);
      names.add(Pattern.compile("(?<!" + WORD + ")" + TITLES + GAP + "(" + Pattern.quote(given)
          + ")(?!" + WORD + ")"));
    }
    for (String phone : present(phones)) {
      names.add(number(phone));
    }
    for (String email : present(emails)) {
      names.add(phrase(words(email)));
    }
    return new PersonalData(names.stream().filter(Objects::nonNull).toList(), marker);
  }

  /** The text with every name, phone and e-mail replaced by the marker; null stays null. */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String nfc = Fold.nfc(text);
    String folded = Fold.fold(nfc);
    boolean[] cut = new boolean[nfc.length()];
    for (Pattern name : names) {
      mark(name.matcher(folded), cut);
    }
    mark(EMAIL.matcher(nfc), cut);
    for (Phones.Candidate c : Phones.candidates(nfc)) {
      if (c.digits().replaceAll("\\D", "").length() >= 9) {
        Arrays.fill(cut, c.start(), c.end(), true);
      }
    }
    return rebuild(nfc, cut, text);
  }

  private static void mark(Matcher m, boolean[] cut) {
    while (m.find()) {
      int group = m.groupCount() > 0 ? 1 : 0;
      Arrays.fill(cut, m.start(group), m.end(group), true);
    }
  }

  private String rebuild(String nfc, boolean[] cut, String original) {
    StringBuilder out = new StringBuilder(nfc.length());
    boolean any = false;
    for (int i = 0; i < nfc.length(); i++) {
      if (!cut[i]) {
        out.append(nfc.charAt(i));
      } else if (i == 0 || !cut[i - 1]) {
        out.append(marker);
        any = true;
      }
    }
    return any ? out.toString() : original;
  }

  /** Folded, with every run of non-letters one space: "Chè \"Tân Cương\"" → "che tan cuong". */
  private static String words(String value) {
    return Fold.fold(Fold.nfc(value)).replaceAll(GAP, " ").strip();
  }

  /**
   * A known number in the forms people write it: "0966 123 457", "+84 966.123.457", "84966123457";
   * null for a value with too few digits to be one (a staff edit can hold anything).
   */
  private static Pattern number(String phone) {
    String digits = phone.replaceAll("\\D", "").replaceFirst("^(?:84|0)", "");
    if (digits.length() < 6) {
      return null;
    }
    String spaced = digits.chars().mapToObj(c -> String.valueOf((char) c))
        .collect(Collectors.joining("[ .\\-]?"));
    return Pattern.compile("(?<!\\d)(?:\\+?84[ .\\-]?|0)?" + spaced + "(?!\\d)");
  }

  /** The words in order, any non-letters between them, never inside a longer word. */
  private static Pattern phrase(String foldedWords) {
    if (foldedWords.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String w : foldedWords.split(" ")) {
      parts.add(Pattern.quote(w));
    }
    return Pattern.compile("(?<!" + WORD + ")" + String.join(GAP, parts) + "(?!" + WORD + ")");
  }

  private static List<String> present(Collection<String> values) {
    return values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
  }
}
