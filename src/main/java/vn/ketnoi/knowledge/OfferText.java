package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ketnoi.text.Fold;

/**
 * How offers and needs are cut into words for matching. Text is folded (no marks, đ to d), so an
 * unaccented need finds an accented offer; it is cut into clauses at punctuation, so that the two
 * syllables of a Vietnamese word ("máy sấy", "nước thải") are paired only when they stand side by
 * side. Markers in square brackets ("[Dữ liệu mẫu]") are not text of the offer.
 */
final class OfferText {
  /**
   * One word of a clause: folded, as written (lower case), and whether it says nothing about the
   * technology wanted.
   */
  record Word(String folded, String written, boolean stop, boolean acronym) {
    /** True when the word carries marks: a text typed with marks has most of its words so. */
    boolean marked() {
      return !folded.equals(written);
    }
  }

  private static final String CLAUSE_ENDS = ".;:,!?()[]{}\"“”\n\r\t|/";
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}&]+");

  /**
   * Function words, politeness and the frame of a request, written with their marks: typed
   * without marks they are only dropped when no content word folds the same way ("bằng" and
   * "băng chuyền", "năm" and "nấm", "có" and "cơ khí" stay apart).
   */
  private static final Set<String> STOP = Set.copyOf(Arrays.asList(("cần muốn mong cho và của có là ở tại một các những để được"
      + " với từ không ko k thì này mình em tôi tui bên cty sở nhờ giúp ạ nhé nha trong hoặc hay tnhh cp htx"
      + " anh chị ông bà đang sẽ đã về theo khoảng tầm tỷ tỉ triệu tr sđt sdt lh việc nhiều làm ra vào khi"
      + " nếu mà nên trên dưới năm tháng ngày người như thế nào gì ai bao nhiêu rất quá lắm cũng vẫn còn"
      + " đều chỉ thêm nữa vậy nhá ơi dạ vâng tìm thay bằng đến qua sau trước lại rồi thể đó kia"
      + " chúng ta hiện nay xin cảm ơn vui lòng hộ dùng sử dụng có thể hơn nhất đây ad quý so").split(" ")));
  /** Typed without marks these are also content words, so they are never dropped then. */
  private static final Set<String> AMBIGUOUS = Set.copyOf(Arrays.asList(("co de bang nam so thay cho ca may lam trong ban tai"
      + " mot ve tu ra dang da o vao khi ma nen tren duoi hay theo sau qua lai thang ngay nguoi the hon"
      + " dung hien nay kia day tam k").split(" ")));
  private static final Set<String> STOP_FOLDED = STOP.stream().map(Fold::fold)
      .filter(w -> !AMBIGUOUS.contains(w)).collect(Collectors.toUnmodifiableSet());
  /**
   * Pairs that frame any request ("công ty", "kinh phí", "hỗ trợ"), folded; the kind of help
   * ("tư vấn", "chuyển giao", "đào tạo") is the card's need type, a signal of its own.
   */
  private static final Set<String> STOP_PAIRS = Set.of("cong ty", "kinh phi", "lien he", "ho tro",
      "nhu cau", "uu tien", "de nghi", "doanh nghiep", "lao dong", "cong nhan", "co so", "gioi thieu",
      "ket noi", "chung toi", "cam on", "vui long", "mong muon", "cong nghe", "so dien", "dien thoai",
      "thiet bi", "he thong", "giai phap", "san xuat", "trong nuoc", "nuoc ngoai", "hien tai", "tac xa",
      "tu van", "chuyen giao", "dao tao");

  private static final char[] FOLDED = new char[0x2000];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = Fold.fold(Fold.nfc(String.valueOf(c))).charAt(0);
    }
  }

  private OfferText() {}

  /** Folded as {@link Fold#fold}, from a table: an index of 100,000 offers folds a lot of text. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Fold.nfc(text);
    char[] out = new char[nfc.length()];
    for (int i = 0; i < out.length; i++) {
      char c = nfc.charAt(i);
      out[i] = c < FOLDED.length ? FOLDED[c] : Fold.fold(String.valueOf(c)).charAt(0);
    }
    return new String(out);
  }

  /** The text without bracketed markers, cut into clauses of words. */
  static List<List<Word>> clauses(String text) {
    return clauses(text, true);
  }

  /**
   * {@code judged} false: the words are not judged function words or acronyms (all content),
   * which the index does not need and which costs time over 100,000 offers.
   */
  static List<List<Word>> clauses(String text, boolean judged) {
    List<List<Word>> clauses = new ArrayList<>();
    if (text == null) {
      return clauses;
    }
    String nfc = Fold.nfc(text);
    nfc = withoutMarkers(nfc);
    // A hand-written scan rather than regular expressions: an index of 100,000 offers cuts a lot.
    List<Word> words = new ArrayList<>();
    char[] scratch = new char[nfc.length()];
    int start = -1;
    for (int i = 0; i <= nfc.length(); i++) {
      char c = i < nfc.length() ? nfc.charAt(i) : '.';
      if (Character.isLetterOrDigit(c) || c == '&') {
        start = start < 0 ? i : start;
        continue;
      }
      if (start >= 0) {
        words.add(word(nfc.substring(start, i), judged, scratch));
        start = -1;
      }
      if (breaksClause(nfc, i, c) && !words.isEmpty()) {
        if (judged) {
          markStopPairs(words);
        }
        clauses.add(words);
        words = new ArrayList<>();
      }
    }
    return clauses;
  }

  /**
   * Each bracketed marker (from a "[" to the next "]") replaced by a clause break, by a scan:
   * most offers of the sample catalogue carry one, and a regular expression per offer was a
   * tenth of building the index.
   */
  static String withoutMarkers(String text) {
    StringBuilder out = null;
    int from = 0;
    for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', from)) {
      int close = text.indexOf(']', open + 1);
      if (close < 0) {
        break;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, from, open).append(" . ");
      from = close + 1;
    }
    return out == null ? text : out.append(text, from, text.length()).toString();
  }

  /** Punctuation ends a clause; a dash does when it stands between spaces ("máy sấy - lò hơi"). */
  private static boolean breaksClause(String text, int i, char c) {
    if (CLAUSE_ENDS.indexOf(c) >= 0) {
      return true;
    }
    return (c == '-' || c == '–' || c == '—') && i > 0 && i + 1 < text.length()
        && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
  }

  /** {@code scratch}: room for the folded word, so that only its string is made. */
  private static Word word(String raw, boolean judged, char[] scratch) {
    String lower = raw.toLowerCase(Locale.ROOT);
    // Lower case can be longer than the text ("İ" is two chars).
    char[] folded = lower.length() <= scratch.length ? scratch : new char[lower.length()];
    boolean numberOnly = true;
    boolean marked = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      folded[i] = c < FOLDED.length ? FOLDED[c] : Fold.fold(String.valueOf(c)).charAt(0);
      numberOnly &= Character.isDigit(c);
      marked |= folded[i] != c;
    }
    String f = marked ? new String(folded, 0, lower.length()) : lower;
    if (!judged) {
      return new Word(f, lower, false, false);
    }
    boolean listed = STOP.contains(lower) || (lower.equals(f) && STOP_FOLDED.contains(f));
    boolean acronym = !listed && raw.length() >= 2 && !numberOnly && allUpperCase(raw);
    boolean stop = listed || numberOnly || (f.length() < 2 && !acronym);
    return new Word(f, lower, stop, acronym);
  }

  private static boolean allUpperCase(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isLetter(raw.charAt(i)) && !Character.isUpperCase(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void markStopPairs(List<Word> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (STOP_PAIRS.contains(words.get(i).folded() + " " + words.get(i + 1).folded())) {
        stop(words, i);
        stop(words, i + 1);
        // "hợp tác xã": who asks, unlike "hợp tác" alone (research cooperation).
        if (i > 0 && words.get(i).folded().equals("tac") && words.get(i - 1).folded().equals("hop")) {
          stop(words, i - 1);
        }
      }
    }
  }

  private static void stop(List<Word> words, int i) {
    Word w = words.get(i);
    words.set(i, new Word(w.folded(), w.written(), true, false));
  }

  /** The folded words of a text. */
  static List<String> words(String text) {
    return Arrays.stream(SPLIT.split(fold(text))).filter(s -> !s.isEmpty()).toList();
  }

  /** The words of a text as written, in lower case. */
  static List<String> written(String text) {
    return Arrays.stream(SPLIT.split(Fold.nfc(text).toLowerCase(Locale.ROOT))).filter(s -> !s.isEmpty()).toList();
  }
}
