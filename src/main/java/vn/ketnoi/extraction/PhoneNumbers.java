package vn.ketnoi.extraction;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Set;

/**
 * Which digit strings are Vietnamese phone numbers in use, by libphonenumber's numbering plan for
 * Vietnam: it knows the ranges never given out (050x, 052x, 080, 0200–0202 ...) and the area codes
 * retired in 2017–2018 (0573, 0240 ...), and it is kept up to date, which a table of ours is not.
 */
public final class PhoneNumbers {
  private PhoneNumbers() {}

  /** Why digits the business meant as a phone are not one. */
  public enum Problem { TOO_FEW_DIGITS, TOO_MANY_DIGITS, NOT_IN_USE }

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** A business is reached on a mobile or a desk phone; hotlines (1800, 1900) are not its own. */
  private static final Set<PhoneNumberType> CONTACT_TYPES =
      Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
  private static final int MOBILE_DIGITS = 10;
  private static final int FIXED_LINE_DIGITS = 11;

  /**
   * The digits in the national form, valid or not: "+84 912 …", "0084 912 …", "84912…" and "+84
   * (0) 912 …" become "0912…". A national number starts with 0, so digits that start with 84 can
   * only carry the country code.
   */
  public static String national(String digitsWithPlus) {
    String digits = digitsWithPlus.replaceAll("\\D", "");
    String rest;
    if (digits.startsWith("0084")) {
      rest = digits.substring(4);
    } else if (digits.startsWith("84")) {
      rest = digits.substring(2);
    } else {
      return digits;
    }
    return rest.startsWith("0") ? rest : "0" + rest;
  }

  /** The national form of a number in use (a mobile or a fixed line), or null. */
  public static String valid(String national) {
    if (!national.startsWith("0") || national.length() < 9 || national.length() > 12) {
      return null;
    }
    try {
      PhoneNumber number = UTIL.parse(national, "VN");
      boolean inUse = UTIL.isValidNumberForRegion(number, "VN")
          && CONTACT_TYPES.contains(UTIL.getNumberType(number));
      return inUse ? "0" + UTIL.getNationalSignificantNumber(number) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  /**
   * Why national digits are not a number in use. Fixed lines (02…) have 11 digits, every other
   * number 10; the right count in a range not in use is {@link Problem#NOT_IN_USE}.
   */
  public static Problem problem(String national) {
    int expected = national.startsWith("02") ? FIXED_LINE_DIGITS : MOBILE_DIGITS;
    if (national.length() < expected) {
      return Problem.TOO_FEW_DIGITS;
    }
    return national.length() > expected ? Problem.TOO_MANY_DIGITS : Problem.NOT_IN_USE;
  }

  /**
   * The prefix that tells a range, for saying which one is not in use: a fixed line's area code
   * ("0240"), else a mobile's first three digits ("052").
   */
  public static String prefix(String national) {
    int length = national.startsWith("02") ? 4 : 3;
    return national.substring(0, Math.min(length, national.length()));
  }
}
