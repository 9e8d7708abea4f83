package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ketnoi.text.Fold;

/**
 * Finds what the knowledge base says about a question: programmes, FAQ answers, events, ranked by
 * how much of the question each entry's own text covers (title, what it supports, who is eligible,
 * keywords), with the phrases of knowledge/synonyms.txt standing for each other.
 *
 * <p>The question is cut into units: a phrase of the synonym table, a pair of words that the
 * entries use together ("sản phẩm", "cá nhân"), or a single word. Vietnamese meaning lives in such
 * compounds, so a single word alone is no evidence ("ký" is in "đăng ký", "giá" in "định giá") but
 * still counts as something asked. An entry answers only when it covers at least half of what was
 * asked; a weaker entry is shown beside the best only when it scores at least half as much.
 */
public final class Answers implements EntryLookup, AutoCloseable {
  /** An entry found for a question, ready to be shown: a title, what it says, where to go. */
  public record Found(String id, String title, String text, String where) {}

  /** An entry as searched: its title and keywords (strong) and all its text, folded. */
  private record Doc(Found found, String strong, String all) {}

  /** One thing the question asks about, in every form it may take in an entry. */
  private record Unit(Set<String> forms, double weight, boolean evidence) {}

  /** Words that say nothing about what is asked: function words, politeness, question words. */
  private static final Set<String> STOP = Set.copyOf(Arrays.asList(("a ah ak ad em anh chi minh toi chung ben cty ty"
      + " dn so ban co khong ko k hok hem hong ko vay the nao sao lam sao gi nhung gi la"
      + " o dau dau ai nao bao gio khi nao luc nao duoc dc đc cho cua va voi thi ma nay do kia de"
      + " muon can hoi xin nho giup vui long nhe nha nhi oi ha ve tu den tai trong ngoai mot cac"
      + " nhung bao nhieu the nay roi con se da dang nen phai hay hoac neu khi ho tro"
      + " mua biet cach gom").split(" ")));

  private final List<Doc> docs = new ArrayList<>();
  private final Set<String> pairs = new HashSet<>();
  private final Synonyms synonyms;

  public Answers(KnowledgeBase knowledge) {
    this.synonyms = knowledge.synonyms();
    for (Programme p : knowledge.programmes()) {
      add(new Found(p.id(), p.name(), p.summary() + " (" + p.legalBasis() + ")", p.applyAt()),
          p.name() + " ; " + p.legalBasis() + " ; " + String.join(" ; ", p.keywords()),
          String.join(" ; ", p.summary(), p.benefit(), p.eligible(), p.applyAt()));
    }
    for (Entry.Faq f : knowledge.faq()) {
      add(new Found(f.id(), f.question(), f.answer(), null),
          f.question() + " ; " + String.join(" ; ", f.keywords()), f.answer());
    }
    for (Entry.Event e : knowledge.events()) {
      add(new Found(e.id(), e.title(), e.summary(), e.register()),
          e.title() + " ; " + e.kind() + " ; " + String.join(" ; ", e.keywords()),
          e.summary() + " ; " + e.register());
    }
  }

  private void add(Found found, String strong, String body) {
    String strongText = " " + String.join(" ", words(strong)) + " ";
    String all = strongText + String.join(" ", words(body)) + " ";
    List<String> w = words(strong + " ; " + body);
    for (int i = 0; i + 1 < w.size(); i++) {
      pairs.add(w.get(i) + " " + w.get(i + 1));
    }
    docs.add(new Doc(found, strongText, all));
  }

  /** The folded words of a text. */
  static List<String> words(String text) {
    String folded = text == null ? "" : Fold.fold(Fold.nfc(text));
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}&]+")).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public List<Found> find(String question, int limit) {
    List<Unit> units = units(words(question));
    double asked = units.stream().mapToDouble(Unit::weight).sum();
    if (units.stream().noneMatch(Unit::evidence)) {
      return List.of();
    }
    record Scored(Found found, double score, double covered) {}
    List<Scored> scored = new ArrayList<>();
    for (Doc d : docs) {
      double score = 0;
      double covered = 0;
      for (Unit u : units) {
        if (!u.evidence() || u.forms().stream().noneMatch(f -> d.all().contains(" " + f + " "))) {
          continue;
        }
        boolean strong = u.forms().stream().anyMatch(f -> d.strong().contains(" " + f + " "));
        covered += u.weight();
        score += u.weight() * idf(u) * (strong ? 2 : 1);
      }
      if (covered > 0) {
        scored.add(new Scored(d.found(), score, covered));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    if (scored.isEmpty() || scored.get(0).covered() < asked / 2) {
      return List.of();
    }
    double best = scored.get(0).score();
    return scored.stream().filter(s -> s.score() >= best / 2 && s.covered() >= asked / 2)
        .limit(limit).map(Scored::found).toList();
  }

  /** Rarer across the entries means more telling. */
  private double idf(Unit unit) {
    long df = docs.stream().filter(d -> unit.forms().stream().anyMatch(f -> d.all().contains(" " + f + " ")))
        .count();
    return Math.log((docs.size() + 1.0) / (df + 0.5));
  }

  /** The question cut into units, longest synonym phrase or known pair first. */
  private List<Unit> units(List<String> words) {
    List<Unit> units = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      for (int n = Math.min(synonyms.longest(), words.size() - i); n >= 1 && taken == 0; n--) {
        String phrase = String.join(" ", words.subList(i, i + n));
        if (!synonyms.of(phrase).isEmpty()) {
          units.add(new Unit(synonyms.of(phrase), 1, true));
          taken = n;
        }
      }
      if (taken == 0 && i + 1 < words.size() && !STOP.contains(words.get(i))
          && !STOP.contains(words.get(i + 1)) && pairs.contains(words.get(i) + " " + words.get(i + 1))) {
        units.add(new Unit(Set.of(words.get(i) + " " + words.get(i + 1)), 1, true));
        taken = 2;
      }
      if (taken == 0) {
        String w = words.get(i);
        if (w.matches("\\d+")) {
          // A decision number ("chương trình 118") names an entry; amounts and headcounts say nothing.
          if (docs.stream().anyMatch(d -> d.strong().contains(" " + w + " "))) {
            units.add(new Unit(Set.of(w), 1, true));
          }
        } else if (!STOP.contains(w)) {
          units.add(new Unit(Set.of(w), 0.5, false));
        }
        taken = 1;
      }
      i += taken;
    }
    return units;
  }

  @Override
  public void close() {
    // Nothing to release: the entries are searched in memory.
  }
}
