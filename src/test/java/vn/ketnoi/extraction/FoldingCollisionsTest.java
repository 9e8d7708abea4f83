package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ketnoi.text.Fold;

/**
 * Every entry of every word lexicon, against every proper name the extractor knows: no keyword is
 * read inside a province, place or country name, or inside a person's name after a title, typed
 * with or without diacritics and capitals ("Viet Nam" holds no "nấm", "Trà Vinh" no "trà", "anh Nam" no "nấm").
 */
class FoldingCollisionsTest {
  private static final Provinces PROVINCES = new Provinces();

  private static List<Lexicon<?>> wordLexicons() {
    List<Lexicon<?>> lexicons = new ArrayList<>(Sectors.LEXICONS.values());
    lexicons.add(NeedTypes.LEXICON);
    lexicons.add(RuleExtractor.NEED_VERBS);
    return lexicons;
  }

  /** Province names and their other spellings, places, countries written in full. */
  private static List<String> properNames() {
    List<String> names = new ArrayList<>();
    for (String[] row : Resources.tsv("provinces.tsv")) {
      names.add(row[0]);
      if (row.length > 2 && !row[2].isBlank()) {
        Collections.addAll(names, row[2].split(";"));
      }
    }
    Resources.tsv("places.tsv").forEach(row -> names.add(row[0]));
    for (Lexicon<String> countries : List.of(Countries.FULL, Countries.HOME)) {
      countries.entries().forEach(e -> names.add(String.join(" ", e.words())));
    }
    return names;
  }

  private static List<String> folded(String text) {
    return List.of(Fold.fold(Fold.nfc(text)).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
  }

  @Test
  void no_keyword_is_read_inside_a_place_or_country_name() {
    List<String> collisions = new ArrayList<>();
    int checked = 0;
    for (String name : properNames()) {
      List<String> nameWords = folded(name);
      for (Lexicon<?> lexicon : wordLexicons()) {
        for (Lexicon.Entry<?> entry : lexicon.entries()) {
          if (Collections.indexOfSubList(nameWords, entry.foldedWords()) < 0) {
            continue;
          }
          for (String message : List.of("Công ty ở " + name + " cần hỗ trợ, sđt 0912 345 678",
              "cong ty o " + Fold.fold(name) + " can ho tro, sdt 0912 345 678")) {
            checked++;
            if (readsInside(lexicon, message, 3, 3 + Doc.of(name).words().size())) {
              collisions.add(String.join(" ", entry.words()) + " in \"" + message + "\"");
            }
          }
        }
      }
    }
    assertThat(checked).as("entries that fold into a name").isGreaterThan(20);
    assertThat(collisions).isEmpty();
  }

  @Test
  void no_keyword_is_read_in_a_name_after_a_title() {
    List<String> collisions = new ArrayList<>();
    int checked = 0;
    for (Lexicon<?> lexicon : wordLexicons()) {
      for (Lexicon.Entry<?> entry : lexicon.entries()) {
        if (entry.words().size() != 1) {
          continue;
        }
        String word = entry.words().get(0);
        String name = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        for (String message : List.of("Liên hệ anh " + name + " 0912 345 678, cần hỗ trợ",
            "lien he anh " + Fold.fold(name) + " 0912 345 678, can ho tro")) {
          Who who = Who.read(message, PROVINCES);
          if (who.person() == null || who.person().from() != 3) {
            continue; // a role or institution word ("Công", "Giám"): by design not a name
          }
          checked++;
          if (readsInside(lexicon, message, 3, 4)) {
            collisions.add(word + " in \"" + message + "\"");
          }
        }
        // Chat writes the name in lower case; between a title and a phone it is a name all the same.
        String chat = "lh anh " + Fold.fold(word) + " 0912 345 678, can ho tro";
        checked++;
        if (readsInside(lexicon, chat, 2, 3)) {
          collisions.add(word + " in \"" + chat + "\"");
        }
      }
    }
    assertThat(checked).as("one-word entries read as a name").isGreaterThan(50);
    assertThat(collisions).isEmpty();
  }

  @Test
  void no_keyword_is_read_in_a_street_after_a_house_number() {
    RuleExtractor rules = new RuleExtractor(PROVINCES);
    // "Trai" folds onto "trái" (fruit): the street made a bakery's need agriculture.
    assertThat(rules.extract("minh can mua lo nuong banh, dc 45 Nguyen Trai, Can Tho", vn.ketnoi.card.NeedCard.EMPTY)
        .card().sector()).isEqualTo(vn.ketnoi.card.Sector.CHE_BIEN_BAO_QUAN);
    Doc doc = Who.read("Cơ sở ở số 12 Nguyễn Trãi, Cần Thơ cần lò nướng bánh", PROVINCES).doc();
    int street = doc.wordAt(doc.original().indexOf("Nguyễn"));
    assertThat(doc.inProperName(street)).isTrue();
    assertThat(doc.inProperName(street + 1)).isTrue();
    // A year is no house number, and a name after it keeps its words.
    Doc year = Who.read("Năm 2024 Hợp Tác Xã Chè Tân Cương cần máy sao chè", PROVINCES).doc();
    assertThat(year.inProperName(year.wordAt(year.original().indexOf("Chè")))).isFalse();
  }

  private static boolean readsInside(Lexicon<?> lexicon, String message, int from, int to) {
    Doc doc = Who.read(message, PROVINCES).doc();
    return lexicon.find(doc).stream().anyMatch(m -> m.from() < to && m.to() > from);
  }
}
