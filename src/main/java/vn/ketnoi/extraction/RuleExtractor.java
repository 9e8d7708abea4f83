package vn.ketnoi.extraction;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Source;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Support;

/**
 * The rule-based extractor: deterministic parsers for the crisp fields and lexicons for the
 * semantic ones, with and without diacritics. It needs no model and no network, and it is what runs
 * when the model is absent or down.
 */
public final class RuleExtractor implements Extractor {

  static final Lexicon<Boolean> NEED_VERBS =
      new Lexicon<Boolean>()
          .add(true, "cần", "muốn", "mong muốn", "có nhu cầu", "nhu cầu", "dự kiến", "dự định",
              "tìm", "tìm kiếm", "đặt hàng", "kế hoạch", "định", "đang cần", "cần tìm",
              "mong được");
  /**
   * "muốn lắp điện mặt trời áp mái", "muốn đầu tư nuôi tôm": a need verb and then getting or
   * putting in a thing states a need as surely as a need-type keyword does.
   */
  private static final Lexicon<Boolean> ACQUIRING =
      new Lexicon<Boolean>()
          .add(true, "lắp", "lắp đặt", "mua", "đầu tư", "trang bị", "ứng dụng", "áp dụng", "số hóa",
              "số hoá", "xây dựng", "nâng cấp", "thay thế", "cải tạo", "chế tạo", "nhận chuyển giao",
              "đặt làm", "đưa vào");
  /** "nhờ Sở tư vấn", "Sở có hỗ trợ mở lớp không": asks made of the department, not the need. */
  private static final Pattern REQUEST =
      Pattern.compile(
          // "muốn số hóa", "cần số lượng lớn": "số" folds onto "Sở"
          "(nho|de nghi|kinh de nghi|mong|xin|can|rat mong|hy vong|muon)\\s+(so|ad|quy so|ben so)\\b"
              + "(?! (hoa|luong|tien|lieu|hieu|dien|dt|do|ke|phan|may|nha|hang|ngay|chung)\\b)"
              + "|\\bso (co |co the |nao |oi )?(ho tro|giup|tu van|ket noi|gioi thieu|huong dan)");
  /** The first halves of nouns that end in "định": "gia đình", "quy định", "Bình Định". */
  private static final Set<String> DINH_COMPOUNDS =
      Set.of("gia", "quy", "on", "xac", "quyet", "nhat", "chi", "khang", "thiet", "co", "dac", "an",
          "binh", "nam", "ha", "hai", "ninh");

  private final Provinces provinces;

  public RuleExtractor(Provinces provinces) {
    this.provinces = provinces;
  }

  @Override
  public Extraction extract(String message, NeedCard draft) {
    Who who = Who.read(Links.blanked(message), provinces);
    Doc doc = who.doc();
    Names.Span company = who.company();
    Names.Span person = who.person();
    BitSet names = who.names();
    Forms.Value needField = Forms.value(doc, Forms.Label.NEED);
    String folded = masked(doc, company);
    BitSet requests = requestWords(doc);
    List<String> countries = Countries.find(doc, names);
    Money.Budget budget = Money.find(message);
    Lexicon.Match<NeedType> headType = needTypeAfterVerb(doc, requests, names);
    NeedType needType = headType != null ? headType.value() : bestNeedType(doc, requests, names);
    List<Lexicon.Match<Boolean>> verbs = needVerbs(doc, requests);
    Sector sector = Sectors.of(doc, needField != null ? needField.from()
        : verbs.isEmpty() ? -1 : verbs.get(0).to());
    List<Support> support = Cues.support(folded);
    String phone = Phones.find(message);
    String email = Emails.find(message);

    NeedCard card =
        new NeedCard(
            company == null ? null : company.text(),
            person == null ? null : person.text(),
            phone,
            email,
            who.province(provinces),
            sector,
            needType,
            needField != null ? NeedTitles.clause(doc, NeedTitles.afterNeedVerb(doc, needField.from()))
                : headType == null ? null : title(doc, headType),
            description(message),
            Cues.origin(folded, !countries.isEmpty()),
            countries,
            budget == null ? null : budget.min(),
            budget == null ? null : budget.max(),
            Cues.timeline(doc),
            support,
            Cues.employees(folded),
            List.of());
    // "Nhu cầu: …" states a need as surely as "cần …" does.
    int needClauseAt = needField != null ? doc.words().get(needField.from()).start()
        : headType != null ? doc.words().get(headType.from()).start() : acquiringAt(doc, verbs);
    Intent intent = Intents.read(doc, card, needClauseAt, !verbs.isEmpty());
    boolean describesNeed = card.sector() != null || card.needType() != null;
    // "cần bộ biến tần cho quạt hút": a need verb with what follows it says what is needed even
    // when no keyword knows the thing.
    String needClause = verbs.isEmpty() ? null : NeedTitles.thing(doc, verbs.get(0).to());
    // "HTX chè Tân Cương, Thái Nguyên" names who and where; the sector its name suggests is no need.
    boolean namesOnly = needField == null && verbs.isEmpty() && needType == null;
    if (intent != Intent.NEED || namesOnly || (!describesNeed && needClause == null)) {
      card = card.withTitle(null).withDescription(null);
    } else if (card.title() == null) {
      card = card.withTitle(needClause != null ? needClause
          : NeedTitles.clause(doc, NeedTitles.titleStart(doc, company)));
    }
    if (intent == Intent.QUESTION) {
      card = card.with(Field.PROVINCE, askerProvince(doc, names));
    }
    return new Extraction(intent, card, sourcesOf(card),
        intent == Intent.NEED ? Intents.questionIn(doc) : null);
  }

  /**
   * A question's province is where the asker says they are, before they ask ("Em ở Bến Tre, cho
   * em hỏi ..."); a place inside the question is its topic ("hội chợ ở Cần Thơ có không?").
   */
  private String askerProvince(Doc doc, BitSet names) {
    int askAt = Intents.askAt(doc.folded());
    // The text before the cue splits into the same first words, so the name spans still apply.
    return askAt <= 0 ? null : provinces.find(Doc.of(doc.original().substring(0, askAt)), names);
  }

  private static Map<String, Source> sourcesOf(NeedCard card) {
    Map<String, Source> sources = new HashMap<>();
    card.statedFields().forEach(field -> sources.put(field, Source.RULES));
    return sources;
  }

  private static String masked(Doc doc, Names.Span company) {
    String folded = doc.folded();
    if (company == null) {
      return folded;
    }
    int start = doc.words().get(company.from()).start();
    int end = doc.words().get(company.to() - 1).end();
    return folded.substring(0, start) + " ".repeat(end - start) + folded.substring(end);
  }

  private static BitSet requestWords(Doc doc) {
    BitSet words = new BitSet();
    Matcher m = REQUEST.matcher(doc.folded());
    while (m.find()) {
      int end = m.end();
      while (end < doc.folded().length() && ".;!?\n".indexOf(doc.folded().charAt(end)) < 0) {
        end++;
      }
      for (Doc.Word w : doc.words()) {
        if (w.start() >= m.start() && w.start() < end) {
          words.set(w.index());
        }
      }
    }
    return words;
  }

  /** Need verbs outside requests to the department and outside names ("Cần Thơ" is a city). */
  private static List<Lexicon.Match<Boolean>> needVerbs(Doc doc, BitSet requests) {
    return NEED_VERBS.find(doc).stream()
        .filter(m -> !requests.get(m.from()))
        .filter(m -> !doc.words().get(m.from()).capitalized() || startsSentence(doc, m.from()))
        .filter(m -> m.to() >= doc.words().size() || !doc.words().get(m.to()).capitalized()
            || !doc.joined(m.to() - 1))
        .filter(m -> !insideWord(doc, m.from()))
        .toList();
  }

  /** Unmarked "gia dinh", "quy dinh", "on dinh": "định" there is half of a noun, not "intend". */
  private static boolean insideWord(Doc doc, int i) {
    Doc.Word w = doc.words().get(i);
    return i > 0 && w.plain() && w.folded().equals("dinh") && doc.joined(i - 1)
        && DINH_COMPOUNDS.contains(doc.words().get(i - 1).folded());
  }

  /** Where a need verb and then getting a named thing start ("muốn lắp … "), or -1. */
  private static int acquiringAt(Doc doc, List<Lexicon.Match<Boolean>> verbs) {
    for (Lexicon.Match<Boolean> verb : verbs) {
      Lexicon.Match<Boolean> acquiring = verb.to() < doc.words().size()
          ? ACQUIRING.matchAt(doc, verb.to()) : null;
      if (acquiring != null && NeedTitles.thing(doc, acquiring.to()) != null) {
        return doc.words().get(verb.from()).start();
      }
    }
    return -1;
  }

  private static boolean startsSentence(Doc doc, int i) {
    return i == 0 || doc.gapAfter(i - 1).matches(".*[.!?:;\\n].*");
  }

  /** The first need-type keyword after a need verb, in the same sentence: "cần đào tạo ...". */
  private static Lexicon.Match<NeedType> needTypeAfterVerb(Doc doc, BitSet requests, BitSet names) {
    for (Lexicon.Match<Boolean> verb : needVerbs(doc, requests)) {
      for (int i = verb.to(); i < Math.min(doc.words().size(), verb.to() + 15); i++) {
        if (doc.gapAfter(i - 1).matches(".*[.!?;].*")) {
          break;
        }
        Lexicon.Match<NeedType> type = NeedTypes.LEXICON.matchAt(doc, i);
        if (type != null && type.weight() > 0 && !requests.get(i) && !names.get(i)) {
          return type;
        }
      }
    }
    return null;
  }

  static NeedType bestNeedType(Doc doc, BitSet requests, BitSet names) {
    Map<NeedType, Double> scores = new EnumMap<>(NeedType.class);
    for (Lexicon.Match<NeedType> m : NeedTypes.LEXICON.find(doc)) {
      if (!requests.get(m.from()) && !names.get(m.from())) {
        scores.merge(m.value(), m.weight(), Double::sum);
      }
    }
    return best(scores, 3);
  }

  /** The sector a text names as a whole (a typed answer), by {@link Sectors#of}. */
  static Sector sector(Doc doc) {
    return Sectors.of(doc, -1);
  }

  static <K> K best(Map<K, Double> scores, double threshold) {
    K best = null;
    double top = threshold - 1e-9;
    for (Map.Entry<K, Double> e : scores.entrySet()) {
      if (e.getValue() > top) {
        best = e.getKey();
        top = e.getValue();
      }
    }
    return best;
  }

  /** "cần mua máy sấy lúa, ..." gives "Mua máy sấy lúa": the need clause, at most twelve words. */
  private static String title(Doc doc, Lexicon.Match<NeedType> head) {
    return NeedTitles.clause(doc, verbBefore(doc, head.from()));
  }

  private static int verbBefore(Doc doc, int typeWord) {
    int found = typeWord;
    for (Lexicon.Match<Boolean> verb : needVerbs(doc, new BitSet())) {
      if (verb.to() <= typeWord) {
        found = verb.to();
      }
    }
    return found;
  }

  /** The message as sent, addresses included (only the words are read without them). */
  private static String description(String message) {
    String text = message.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() <= 300) {
      return text;
    }
    int space = text.lastIndexOf(' ', 300);
    return text.substring(0, space > 0 ? space : 300) + "…";
  }
}
