package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Countries a business wants technology from, in canonical Vietnamese. Export markets are not
 * origins ("xuất khẩu sang Trung Quốc", "khách hàng châu Âu yêu cầu"). One-word short forms
 * ("Nhật", "Hàn", "Đức", "Ý") count only when capitalised and not part of a longer proper name
 * ("Đức Hòa", "Mỹ Tho") or a person's name ("anh Đức").
 */
public final class Countries {
  private Countries() {}

  static final Lexicon<String> FULL =
      Lexicon.<String>ofNames()
          .add("Nhật Bản", "nhật bản", "japan", "nhật bổn")
          .add("Hàn Quốc", "hàn quốc", "korea", "hàn xẻng")
          .add("Đức", "cộng hòa liên bang đức", "chlb đức", "nước đức", "germany")
          .add("Israel", "israel", "i xra en", "ixraen")
          .add("Hà Lan", "hà lan", "netherlands", "holland")
          .add("Trung Quốc", "trung quốc", "china", "tq")
          .add("Đài Loan", "đài loan", "taiwan")
          .add("Hoa Kỳ", "hoa kỳ", "usa", "nước mỹ")
          .add("Ý", "italy", "italia", "nước ý")
          .add("Pháp", "nước pháp", "france")
          .add("Úc", "australia", "nước úc")
          .add("Thái Lan", "thái lan", "thailand")
          .add("Singapore", "singapore")
          .add("Ấn Độ", "ấn độ", "india")
          .add("Châu Âu", "châu âu", "eu", "europe")
          .add("Anh", "vương quốc anh", "anh quốc", "uk", "nước anh")
          .add("Nga", "liên bang nga", "nước nga", "russia")
          .add("Canada", "canada")
          .add("Thụy Sĩ", "thụy sĩ", "thuỵ sĩ")
          .add("Thụy Điển", "thụy điển", "thuỵ điển")
          .add("Phần Lan", "phần lan")
          .add("Đan Mạch", "đan mạch")
          .add("Tây Ban Nha", "tây ban nha")
          .add("Malaysia", "malaysia")
          .add("Indonesia", "indonesia")
          .add("Na Uy", "na uy")
          .add("Ba Lan", "ba lan", "poland")
          .add("Séc", "cộng hòa séc", "czech")
          .add("Hungary", "hungary", "hung ga ri")
          .add("Bỉ", "vương quốc bỉ", "nước bỉ", "belgium")
          .add("Áo", "nước áo", "austria")
          .add("Thổ Nhĩ Kỳ", "thổ nhĩ kỳ", "turkey")
          .add("Hồng Kông", "hồng kông", "hong kong")
          .add("New Zealand", "new zealand")
          .add("Philippines", "philippines")
          .add("Brazil", "brazil");

  /** Our own country: never an origin country, but a name no keyword is read inside ("Viet Nam"). */
  static final Lexicon<String> HOME =
      Lexicon.<String>ofNames().add("Việt Nam", "việt nam", "vietnam");

  private static final Lexicon<String> SHORT =
      Lexicon.<String>ofNames()
          .add("Nhật Bản", "nhật")
          .add("Hàn Quốc", "hàn")
          .add("Đức", "đức")
          .add("Hoa Kỳ", "mỹ")
          .add("Ý", "ý")
          .add("Pháp", "pháp")
          .add("Úc", "úc")
          .add("Nga", "nga");

  private static final WordSet BEFORE_PERSON =
      new WordSet("anh", "chị", "ông", "bà", "em", "cô", "chú", "mr", "ms", "tên", "là", "bác");

  /** Export markets, customers and investors, looked for in the words just before a country. */
  private static final Pattern MARKET_BEFORE =
      Pattern.compile(
          "(xuat khau|xk|khach hang|thi truong|ban sang|ban qua|sang thi truong|xuat sang|"
              + "tieu chuan cua|yeu cau cua|theo yeu cau)(\\s+\\S+){0,3}\\s*$"
              // goods sent abroad, however long the goods' name: "xuất khẩu sầu riêng Ri6 sang",
              // "bán chè xanh đóng gói qua", "xuất hàng đi" (within one clause)
              + "|(xuat khau|xk|xuat hang|ban|giao hang|dua hang)(\\s+[^\\s,]+){0,6}\\s+"
              + "(sang|qua|di|toi)(\\s+(thi truong|nuoc))?\\s*$"
              // the investor's nationality: "100% vốn Nhật Bản", "công ty vốn Hàn Quốc"
              + "|(?<![a-z])(von|von dau tu|nha dau tu|chu dau tu|fdi|lien doanh voi|cong ty me)\\s*$"
              + "|(chuan|tieu chuan|dat|gmp|iso)[\\s-]*$");
  private static final Pattern DEMAND_AFTER = Pattern.compile("^\\s*(yeu cau|doi hoi)\\b");

  /** The canonical Vietnamese name of a country as written ("Nhật", "japan" → "Nhật Bản"), or null. */
  public static String canonical(String name) {
    Doc doc = Doc.of(name);
    for (int i = 0; i < doc.words().size(); i++) {
      Lexicon.Match<String> m = FULL.matchAt(doc, i);
      if (m == null) {
        m = SHORT.matchAt(doc, i);
      }
      if (m != null) {
        return m.value();
      }
    }
    return null;
  }

  /** The words of the country names written in full, Việt Nam included. */
  static BitSet names(Doc doc) {
    BitSet words = new BitSet();
    for (Lexicon<String> lexicon : List.of(HOME, FULL)) {
      lexicon.find(doc).forEach(m -> words.set(m.from(), m.to()));
    }
    return words;
  }

  static List<String> find(Doc doc, BitSet skip) {
    LinkedHashSet<String> found = new LinkedHashSet<>();
    for (Lexicon.Match<String> m : all(doc)) {
      if (!skip.get(m.from(), m.to()).isEmpty() || isMarket(doc, m)) {
        continue;
      }
      found.add(m.value());
    }
    return List.copyOf(found);
  }

  private static List<Lexicon.Match<String>> all(Doc doc) {
    List<Lexicon.Match<String>> matches = new ArrayList<>();
    List<Doc.Word> words = doc.words();
    int i = 0;
    while (i < words.size()) {
      Lexicon.Match<String> full = FULL.matchAt(doc, i);
      if (full != null) {
        matches.add(full);
        i = full.to();
        continue;
      }
      Lexicon.Match<String> shortForm = SHORT.matchAt(doc, i);
      if (shortForm != null && shortFormCounts(doc, i)) {
        matches.add(shortForm);
      }
      i++;
    }
    return matches;
  }

  private static boolean shortFormCounts(Doc doc, int i) {
    List<Doc.Word> words = doc.words();
    Doc.Word w = words.get(i);
    // After "Xuất xứ:" a capital is the answer, not a new sentence.
    if (!w.capitalized() || i == 0 || doc.gapAfter(i - 1).matches(".*[.!?]")) {
      return false;
    }
    if (BEFORE_PERSON.contains(doc, words.get(i - 1))) {
      return false;
    }
    boolean nextIsName = i + 1 < words.size() && doc.joined(i) && words.get(i + 1).capitalized();
    boolean previousIsName =
        doc.joined(i - 1) && words.get(i - 1).capitalized() && !startsSentence(doc, i - 1);
    return !nextIsName && !previousIsName;
  }

  private static boolean startsSentence(Doc doc, int i) {
    return i == 0 || doc.gapAfter(i - 1).matches(".*[.!?:;\\n].*");
  }

  private static boolean isMarket(Doc doc, Lexicon.Match<String> m) {
    String before = doc.folded().substring(sentenceStart(doc, m.from()), doc.words().get(m.from()).start());
    String after = doc.folded().substring(doc.words().get(m.to() - 1).end());
    return MARKET_BEFORE.matcher(before).find() || DEMAND_AFTER.matcher(after).find();
  }

  private static int sentenceStart(Doc doc, int wordIndex) {
    String text = doc.original();
    int start = doc.words().get(wordIndex).start();
    int from = start;
    while (from > 0 && ".!?;\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return from;
  }
}
