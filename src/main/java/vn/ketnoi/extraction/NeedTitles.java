package vn.ketnoi.extraction;

import java.util.List;
import java.util.Set;
import vn.ketnoi.card.NeedType;

/**
 * The title of a need, cut from the business's own words: the clause after a need verb, a form's
 * "Nhu cầu:" line, or the clause at the first need keyword, never the business's introduction.
 */
final class NeedTitles {
  private NeedTitles() {}

  /** A title reads up to this many words when the clause ends there (at a stop or a tail). */
  private static final int LONGEST = 18;
  /** Words that start what a thing is for: the title ends before them ... */
  private static final WordSet PURPOSE = new WordSet("để", "nhằm");
  /** ... and pairs that start what it is for or how large it is, folded. */
  private static final Set<String> TAIL_PAIRS = Set.of("phuc vu", "cong suat", "quy mo",
      "nang suat");

  /** Words that bring in a price or an amount ("giá", "tầm", "khoảng", "báo", "chắc", "hết"). */
  private static final WordSet PRICE = new WordSet("giá", "tầm", "khoảng", "chừng", "cỡ", "báo", "chắc", "hết");

  /** Words that ask for help without naming anything: "cần hỗ trợ gấp ạ", "muốn được giúp". */
  private static final WordSet PLEA =
      new WordSet("hỗ", "trợ", "giúp", "đỡ", "gấp", "lắm", "ạ", "nhé", "với", "thêm", "được",
          "sở", "anh", "chị", "em", "ad", "bên", "mình", "tư", "vấn", "hỏi", "thông", "tin", "liên",
          "hệ", "cái", "gì", "này", "đó", "ngay", "sớm", "các", "những", "một", "số", "ít", "chút",
          "rất", "đang", "hiện", "nay", "nhiều", "hơn", "ơi", "thì", "là", "có", "không", "ko");

  /**
   * The clause after a need verb when it names a thing, in at least two words that are not a
   * plea for help: "cần bộ biến tần cho quạt hút" does, "cần hỗ trợ gấp" does not.
   */
  static String thing(Doc doc, int from) {
    int to = from;
    long naming = 0;
    while (to < doc.words().size() && to - from < 12) {
      if (!PLEA.contains(doc, doc.words().get(to))) {
        naming++;
      }
      to++;
      if (doc.gapAfter(to - 1).matches(".*[.!?;,()].*") || doc.lineBreakAfter(to - 1)) {
        break;
      }
    }
    return naming >= 2 ? clause(doc, from) : null;
  }

  /** Labels that name the thing after their colon: "Tên dự án:", "Nhu cầu:", "Công nghệ cần:". */
  private static final Set<String> LEAD_INS = Set.of("ten du an", "nhu cau", "noi dung nhu cau", "ten thiet bi",
      "ten cong nghe", "cong nghe can");

  /** Whether word {@code i} ends such a label before a colon, within the clause started at {@code from}. */
  private static boolean leadInEndsAt(Doc doc, int from, int i) {
    if (i + 1 >= doc.words().size() || !doc.gapAfter(i).contains(":")) {
      return false;
    }
    StringBuilder tail = new StringBuilder();
    for (int k = i; k >= from && k > i - 4; k--) {
      tail.insert(0, doc.words().get(k).folded()).insert(0, ' ');
      if (LEAD_INS.contains(tail.toString().strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean tailAt(Doc doc, int i) {
    List<Doc.Word> words = doc.words();
    return PURPOSE.contains(doc, words.get(i))
        || i + 1 < words.size() && TAIL_PAIRS.contains(words.get(i).folded() + " " + words.get(i + 1).folded());
  }

  /**
   * "máy bên kia báo 2 tỷ", "hệ thống lọc khí này chắc phải hơn 500 triệu": what it costs is no
   * part of what is needed; the word counts only with an amount of money right after it ("máy cắt
   * tấm inox 2 mm" keeps its "tấm").
   */
  private static boolean priceAt(Doc doc, int i) {
    List<Doc.Word> words = doc.words();
    if (!PRICE.contains(doc, words.get(i))) {
      return false;
    }
    int reach = words.get(Math.min(words.size() - 1, i + 3)).end();
    return Amounts.in(doc.original()).stream()
        .anyMatch(a -> a.money() && a.start() > words.get(i).start() && a.start() < reach);
  }

  /** "Nhu cầu: cần đào tạo …" gives "Đào tạo …". */
  static int afterNeedVerb(Doc doc, int i) {
    Lexicon.Match<Boolean> verb = RuleExtractor.NEED_VERBS.matchAt(doc, i);
    return verb != null && verb.to() < doc.words().size() ? verb.to() : i;
  }

  /**
   * Where a title without a need verb starts: at the first need-type keyword ("Công ty … ở Long
   * An: máy đóng gói gạo"), else after a business named first, else at the start.
   */
  static int titleStart(Doc doc, Names.Span company) {
    List<Lexicon.Match<NeedType>> types = NeedTypes.LEXICON.find(doc).stream()
        .filter(m -> m.weight() > 0 && (company == null || m.from() >= company.to())).toList();
    if (!types.isEmpty()) {
      return types.get(0).from();
    }
    return company != null && company.from() == 0 && company.to() < doc.words().size()
        ? company.to() : 0;
  }

  /**
   * "… áp mái không?", "… cho shop không ạ": the particles that end a question are not part of
   * the thing ("máy hút chân không" keeps its word).
   */
  private static boolean askingTail(Doc doc, int i) {
    Doc.Word word = doc.words().get(i);
    boolean last = i + 1 >= doc.words().size() || doc.gapAfter(i).matches(".*[.!?;,()\\n].*");
    boolean particle = word.lower().equals("ạ") || word.plain() && word.folded().equals("a")
        || word.folded().equals("nhe") || word.folded().equals("nha");
    boolean negation = (word.folded().equals("khong") || word.folded().equals("ko"))
        && !doc.words().get(i - 1).folded().equals("chan");
    return (particle || negation) && (last || askingTail(doc, i + 1));
  }

  /**
   * The clause from word {@code from}, up to its end or to what it is for ("để", "nhằm", "phục
   * vụ") or its size ("công suất", "quy mô"), at most {@value #LONGEST} words; a clause longer
   * than twelve that names neither is cut at twelve. "mua máy sấy lúa, ..." gives "Mua máy sấy
   * lúa"; "máy vò chè tự động để nâng cao chất lượng" gives "Máy vò chè tự động", not "… để nâng".
   */
  static String clause(Doc doc, int from) {
    List<Doc.Word> words = doc.words();
    if (words.isEmpty()) {
      return null;
    }
    int to = from;
    boolean ended = false;
    while (to < words.size() && to - from < LONGEST) {
      if (to - from >= 3 && tailAt(doc, to) || to - from >= 1 && priceAt(doc, to)) {
        ended = true;
        break;
      }
      to++;
      if (leadInEndsAt(doc, from, to - 1)) {
        from = to; // "… như sau: - Tên dự án: Đầu tư dây chuyền …": the thing is after the label
        continue;
      }
      if (doc.gapAfter(to - 1).matches(".*[.!?;,()].*") || doc.lineBreakAfter(to - 1)) {
        ended = true;
        break;
      }
    }
    if (!ended) {
      to = Math.min(to, from + 12);
    }
    while (to - from > 2 && askingTail(doc, to - 1)) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    String text = doc.cut(words.get(from).start(), words.get(to - 1).end());
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
