package vn.ketnoi.extraction;

import java.util.List;
import java.util.Set;

/**
 * Company and person names. Vietnamese business names start with a legal form ("Công ty TNHH",
 * "HTX", "Cơ sở") followed by capitalised words, possibly with lower-case words inside ("Chế biến
 * Điều Phú Riềng"); a person is named after "tôi là", "tên", a title ("anh", "chị", "Mr", "DS.")
 * or after their phone ("0962 184 550 - Đạt").
 */
public final class Names {
  /** A name found in a message: words [from, to) and the text as written. */
  public record Span(String text, int from, int to) {}

  /**
   * Legal forms name a business on their own; the weak ones ("xưởng") only with a name; a trade
   * ("Tiệm bánh Ngọc Anh", "Cơ khí Tân Tiến") only where a chunk of the message starts with it, as
   * "máy cơ khí Đức" is no business.
   */
  private enum Prefix { STRONG, WEAK, TRADE }

  private static final Lexicon<Prefix> COMPANY_PREFIX =
      new Lexicon<Prefix>()
          .add(Prefix.STRONG, "công ty", "cong ty", "cty", "ct", "htx", "hợp tác xã", "tổng công ty",
              "tập đoàn", "doanh nghiệp tư nhân", "dntn", "hộ kinh doanh", "hkd", "tổ hợp tác", "thtx")
          .add(Prefix.WEAK, "cơ sở", "xưởng", "trang trại", "trại", "nhà máy", "phòng xét nghiệm",
              "phòng khám", "bệnh viện", "trung tâm", "doanh nghiệp", "startup", "cửa hàng", "nhà thuốc",
              "khách sạn")
          .add(Prefix.TRADE, "tiệm", "shop", "quán", "đại lý", "nông trại", "nhà may", "cơ khí",
              "gốm sứ", "vựa");

  /** Lower-case words that end a company name ("Công ty ABC ở Hà Nội", "cty mình cần..."). */
  private static final WordSet COMPANY_STOP =
      new WordSet(
          "ở", "tại", "chuyên", "có", "đang", "cần", "muốn", "mới", "hiện", "xin", "kính", "để",
          "với", "là", "thuộc", "chúng", "tôi", "em", "mình", "bọn", "tụi", "tui", "tao", "nhờ",
          "mong", "vừa", "đã", "sẽ", "thì", "nên", "nhưng", "hoặc", "gồm", "trong", "cho", "từ",
          "tên", "bên", "của", "làm", "nuôi", "mua", "bán", "tìm", "dự", "khoảng", "tầm", "hoạt",
          "này", "ấy", "đó", "được", "rất", "cũng", "một", "các", "nhiều", "ko", "không", "ơi",
          "hiện", "chủ", "vốn", "đề", "kinh");

  /** Capitalised words that are roles or institutions, not a person's name. */
  static final WordSet NOT_PERSON =
      new WordSet(
          "giám", "trưởng", "phó", "chủ", "kế", "nhân", "kỹ", "công", "cty", "htx", "hợp", "sở",
          "phòng", "ban", "tổng", "đại", "doanh", "cơ", "xưởng", "nhà", "ông", "bà",
          "anh", "chị", "em", "ad", "admin", "bot", "shop", "mình", "tôi", "tui", "bên", "chào",
          "cảm", "cám", "xin", "kính", "nhờ", "mong", "đề", "hiện", "đang", "cần", "muốn", "trại",
          "viện", "trung", "các", "mọi", "khu", "kcn", "tỉnh", "tp", "thành", "huyện", "quận",
          "xã", "phường", "zalo", "sdt", "sđt", "đt", "email", "lh", "em", "cho", "ở", "tại");

  private static final Lexicon<Boolean> PERSON_INTRO =
      new Lexicon<Boolean>()
          .add(
              true,
              "tên", "tên là", "tên tôi là", "tên em là", "tên mình là", "tôi là", "em là", "e là",
              "e tên", "mình là", "tui là", "cháu là", "tôi tên", "em tên", "mình tên", "tui tên",
              "họ tên", "họ và tên", "người liên hệ", "người hỏi", "người gửi", "người đại diện",
              "liên hệ", "lh", "gặp", "anh", "chị", "a", "c", "e", "ông", "bà", "cô", "chú", "mr",
              "ms", "mrs", "miss", "ts", "ths", "ds", "ks", "bs", "kts", "pgs", "gs", "bác sĩ",
              "dược sĩ", "kỹ sư", "tiến sĩ", "thạc sĩ", "giám đốc", "trưởng phòng", "chủ nhiệm",
              "chủ xưởng", "chủ cơ sở", "chủ tiệm", "chủ trại", "chủ hộ", "phó giám đốc", "kế toán");

  private static final Set<String> HONORIFICS =
      Set.of("a", "c", "e", "anh", "chi", "em", "ong", "ba", "co", "chu", "bac", "mr", "ms", "mrs");

  private Names() {}

  /** The business name, or null. */
  public static Span company(Doc doc) {
    List<Span> spans = companies(doc);
    return spans.stream().filter(span -> written(doc, span)).findFirst()
        .orElse(spans.isEmpty() ? null : spans.get(0));
  }

  /** Every business name the message has, in order: no person or place is read inside one. */
  static List<Span> companies(Doc doc) {
    List<Span> spans = new java.util.ArrayList<>();
    for (int i = 0; i < doc.words().size(); i++) {
      Lexicon.Match<Prefix> prefix = COMPANY_PREFIX.matchAt(doc, i);
      boolean placed = prefix != null && (prefix.value() != Prefix.TRADE || i == 0
          || doc.gapAfter(i - 1).matches(".*[,.;:!?()\\n-].*"));
      Span span = placed ? companyAfter(doc, prefix) : null;
      if (span != null) {
        spans.add(span);
      }
      // "sửa tên htx thành HTX Chè Shan Tuyết": a name may start inside a loose one.
      i = span != null && written(doc, span) ? span.to() - 1 : prefix != null ? prefix.to() - 1 : i;
    }
    return spans;
  }

  /**
   * "HTX Lúa gạo Hồ Đức Thọ", "cty TNHH Nội thất Gỗ Đẹp": a name written as a name (its form in
   * capitals or spelt out in full, its first word capitalised) beats a loose "htx gạo ST25 Sóc
   * Trăng" before it, which only says what the business does.
   */
  private static boolean written(Doc doc, Span span) {
    Lexicon.Match<Prefix> prefix = COMPANY_PREFIX.matchAt(doc, span.from());
    int name = prefix.to();
    boolean form = doc.words().get(span.from()).capitalized();
    while (name < span.to() && isLegalForm(doc.words().get(name))) {
      form = true;
      name++;
    }
    return form && name < span.to() && doc.words().get(name).capitalized();
  }

  private static Span companyAfter(Doc doc, Lexicon.Match<Prefix> prefix) {
    List<Doc.Word> words = doc.words();
    int end = prefix.to();
    int lastCapital = -1;
    while (end < words.size() && end - prefix.to() < 12
        && (doc.joined(end - 1) || continues(doc, end - 1, false))) {
      Doc.Word w = words.get(end);
      boolean legalForm = isLegalForm(w);
      if (!w.capitalized() && !legalForm && !w.numeric() && COMPANY_STOP.contains(doc, w)) {
        break;
      }
      if (w.capitalized() && !legalForm) {
        lastCapital = end;
      }
      end++;
    }
    // "Cơ sở sản xuất bánh tráng Thuận Hưng": a few lower-case words may precede the name proper.
    if (lastCapital < 0 || firstCapitalAfter(doc, prefix.to()) > prefix.to() + 4) {
      return null;
    }
    int to = lastCapital + 1;
    return new Span(doc.cut(words.get(prefix.from()).start(), words.get(to - 1).end()), prefix.from(), to);
  }

  private static int firstCapitalAfter(Doc doc, int from) {
    for (int i = from; i < doc.words().size(); i++) {
      Doc.Word w = doc.words().get(i);
      if (w.capitalized() && !isLegalForm(w)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean isLegalForm(Doc.Word w) {
    return Set.of("tnhh", "cp", "mtv", "jsc", "co", "ltd", "dntn", "tm", "dv", "xnk", "sx")
            .contains(w.folded())
        && (w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT)) || w.plain());
  }

  /**
   * The name a form label gives ("Đơn vị: HTX Ông Muộn", "Họ tên: ông Lê Văn Sáu"): the words
   * [from, to) up to the first comma, bracket or dash, a person's without their title. Null when
   * nothing is left.
   */
  static Span labelled(Doc doc, int from, int to, boolean person) {
    List<Doc.Word> words = doc.words();
    if (person) {
      Lexicon.Match<Boolean> title = PERSON_INTRO.matchAt(doc, from);
      if (title != null && title.to() < to && words.get(title.from()).text().length() <= 4) {
        from = title.to();
      }
    }
    int end = from;
    while (end < to && (end == from || continues(doc, end - 1, person))) {
      end++;
    }
    if (end == from || (person && NOT_PERSON.contains(doc, words.get(from)))) {
      return null;
    }
    return new Span(doc.cut(words.get(from).start(), words.get(end - 1).end()), from, end);
  }

  /** A dash ends a person's name ("Lê Văn Sáu - chủ nhiệm"), not a place's ("Bà Rịa - Vũng Tàu"). */
  private static boolean continues(Doc doc, int i, boolean person) {
    boolean dash = doc.gapAfter(i).contains("-");
    return doc.linked(i) && (!dash || (!person && doc.words().get(i + 1).capitalized()));
  }

  /** The contact person's name (without title), or null. Words in {@code skip} are not used. */
  public static Span person(Doc doc, java.util.BitSet skip) {
    List<Doc.Word> words = doc.words();
    for (int i = 0; i < words.size(); i++) {
      Lexicon.Match<Boolean> intro = PERSON_INTRO.matchAt(doc, i);
      if (intro == null || skip.get(i) || initialAsTitle(words.get(i))) {
        continue;
      }
      Span name = capitalisedRun(doc, intro.to(), skip, !doc.joined(intro.to() - 1));
      if (name != null) {
        return name;
      }
    }
    return personAfterPhone(doc, skip);
  }

  /** "a Hùng", "c Lan" are titles only in lower case: "loại A Cao cấp", "A Lưới" are not. */
  private static boolean initialAsTitle(Doc.Word w) {
    return w.text().length() == 1 && w.capitalized();
  }

  /**
   * "Công ty TNHH Tin học Sơn Trà, Minh": a chunk of one to three capitalised words on its own
   * right after the business's name is the person who writes for it.
   */
  static Span personAfter(Doc doc, Span company, java.util.BitSet skip) {
    List<Doc.Word> words = doc.words();
    int from = company.to();
    if (from >= words.size() || !doc.gapAfter(from - 1).strip().equals(",")) {
      return null;
    }
    int to = from;
    while (to < words.size() && to - from < 3 && words.get(to).capitalized() && !words.get(to).numeric()
        && !skip.get(to) && (to == from || doc.joined(to - 1))) {
      to++;
    }
    boolean alone = to > from && (to >= words.size() || doc.gapAfter(to - 1).matches(".*[,.;!?\\n].*"));
    // Alone in its chunk, "Minh" is a name, not the "mình" it folds onto; a role ("Giám đốc") is not.
    return alone && !NOT_PERSON.containsAsWritten(words.get(from))
        ? new Span(doc.cut(words.get(from).start(), words.get(to - 1).end()), from, to) : null;
  }

  /** "sđt 0962 184 550 - Đạt": a name written right after the phone number; or a full name before it. */
  private static Span personAfterPhone(Doc doc, java.util.BitSet skip) {
    for (Phones.Candidate c : Phones.candidates(doc.original())) {
      Span before = fullNameBefore(doc, doc.wordAt(c.start()), skip);
      if (before != null) {
        return before;
      }
      int next = doc.wordAt(c.end());
      // "0912345678Nam": a word glued to the number is no name written after it.
      if (next >= doc.words().size() || doc.words().get(next).start() < c.end()) {
        continue;
      }
      String gap = doc.original().substring(c.end(), doc.words().get(next).start()).trim();
      if (gap.equals("-") || gap.equals("–") || gap.equals(",")) {
        Span name = capitalisedRun(doc, next, skip, false);
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * "…, Nguyễn Văn Hưng 0936 555 444", "Y Nhiên 0260 3912 345": two to four capitalised words
   * alone between a comma (or the start) and the phone are the person's full name.
   */
  private static Span fullNameBefore(Doc doc, int phone, java.util.BitSet skip) {
    int from = phone;
    while (from > 0 && phone - from < 4 && doc.words().get(from - 1).capitalized()
        && !doc.words().get(from - 1).numeric() && !skip.get(from - 1) && doc.joined(from - 1)) {
      from--;
    }
    boolean chunk = from == 0 || doc.gapAfter(from - 1).matches(".*[,.;:\\n].*");
    return phone - from >= 2 && chunk && !NOT_PERSON.contains(doc, doc.words().get(from))
        ? new Span(doc.cut(doc.words().get(from).start(), doc.words().get(phone - 1).end()), from, phone) : null;
  }

  /** One to four capitalised words starting at word i, a person's name. */
  private static Span capitalisedRun(Doc doc, int i, java.util.BitSet skip, boolean punctuationFirst) {
    List<Doc.Word> words = doc.words();
    if (i >= words.size() || (punctuationFirst && !doc.gapAfter(i - 1).matches("[:.]?"))) {
      return null;
    }
    int start = i;
    // "LH: anh Hậu", "Liên hệ DS. Loan": a title may follow the introducing word.
    Lexicon.Match<Boolean> title = PERSON_INTRO.matchAt(doc, i);
    if (title != null && title.to() < words.size() && words.get(title.from()).text().length() <= 4) {
      start = title.to();
    }
    int end = start;
    while (end < words.size()
        && end - start < 4
        && words.get(end).capitalized()
        && !words.get(end).numeric()
        && !skip.get(end)
        && (end == start || doc.joined(end - 1))) {
      end++;
    }
    // After "a", "chị", "ông", a capitalised "Phong", "Thanh" or "Minh" typed plain is the name,
    // not the "phòng", "thành" or "mình" it folds onto.
    boolean afterTitle = start > 0 && doc.joined(start - 1) && HONORIFICS.contains(words.get(start - 1).folded());
    if (end == start || (afterTitle ? NOT_PERSON.containsAsWritten(words.get(start))
        : NOT_PERSON.contains(doc, words.get(start)))) {
      return null;
    }
    return new Span(doc.cut(words.get(start).start(), words.get(end - 1).end()), start, end);
  }
}
