package vn.ketnoi.extraction;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message written as a form, one labelled field a line ("Họ tên: …", "Đơn vị: …", "Địa chỉ:
 * …", "Nhu cầu: …"), as businesses copy it from a survey or a letter: each label says which field
 * its value is, which no guess from the words themselves can beat.
 */
final class Forms {
  private Forms() {}

  /** The fields a form label names. */
  enum Label {
    PERSON,
    COMPANY,
    ADDRESS,
    NEED
  }

  /** A labelled value: the words [from, to) of the message. */
  record Value(int from, int to) {}

  private static final Map<Label, String> LABELS = new EnumMap<>(Label.class);

  static {
    LABELS.put(Label.PERSON, "nguoi hoi|nguoi gui|nguoi de nghi|nguoi dai dien|nguoi lien he"
        + "|ten nguoi lien he|ho ten|ho va ten|ho ten nguoi lien he|ten toi|ten");
    LABELS.put(Label.COMPANY, "don vi|ten don vi|co quan|don vi cong tac|to chuc|ten to chuc"
        + "|doanh nghiep|ten doanh nghiep|cong ty|ten cong ty|htx|ten htx|hop tac xa|ten hop tac xa"
        + "|co so|ten co so");
    LABELS.put(Label.ADDRESS, "dia chi|dia chi lien he|tru so|dia ban|noi san xuat");
    LABELS.put(Label.NEED, "nhu cau|nhu cau cong nghe|nhu cau ho tro|noi dung|noi dung nhu cau"
        + "|mo ta nhu cau|de xuat|van de can giai quyet|cong nghe can");
  }

  /** A label at the start of a line or after a comma, its colon, then its value. */
  private static Pattern pattern(String labels) {
    return Pattern.compile("(?:^|\\n|[,;]\\s*)[ \\t\\-*•]*(?:" + labels + ")\\s*:[ \\t]*([^\\n]+)");
  }

  private static final Map<Label, Pattern> PATTERNS = new EnumMap<>(Label.class);

  static {
    LABELS.forEach((label, labels) -> PATTERNS.put(label, pattern(labels)));
  }

  /** Where the next label on the same line starts: "Họ tên: Lan, Điện thoại: 0912 …". */
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s*[,;]\\s*[\\p{L} ]{2,25}:");

  /** The value of a label in the message, or null when the message has no such label. */
  static Value value(Doc doc, Label label) {
    Matcher m = PATTERNS.get(label).matcher(doc.folded());
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      Matcher next = NEXT_LABEL.matcher(doc.folded()).region(start, end);
      if (next.find()) {
        end = next.start();
      }
      int from = doc.wordAt(start);
      int to = doc.wordAt(end);
      if (from < to) {
        return new Value(from, to);
      }
    }
    return null;
  }
}
