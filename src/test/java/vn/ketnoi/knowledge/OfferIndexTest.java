package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;

/** The offer index: the terms it is given, and an index cut into blocks scoring as one. */
class OfferIndexTest {
  private static final String[] TRADES = {"máy sấy nông sản", "xử lý nước thải", "lò hơi đốt trấu",
      "kho lạnh bảo quản", "băng chuyền đóng gói", "phần mềm quản lý kho"};

  static Offer offer(int n, String title, String summary) {
    return new Offer("O-" + n, title, "Nhà cung cấp " + n, "doanh_nghiep", Offer.DOMESTIC,
        Sector.CHE_BIEN_BAO_QUAN, List.of(NeedType.THIET_BI), summary, List.of("từ khóa " + n % 7),
        null, null, "thương mại", "Liên hệ qua Sở", "", "2026-11-30");
  }

  /** Offers of a few trades, each with a number word of its own so that no two are alike. */
  static List<Offer> catalogue(int size) {
    List<Offer> offers = new ArrayList<>();
    for (int n = 0; n < size; n++) {
      String trade = TRADES[n % TRADES.length];
      offers.add(offer(n, trade + " mẫu " + n, "Cung cấp " + trade + ", dòng " + (n % 97) + ". Mã riêng x" + n + "."));
    }
    return offers;
  }

  private static List<OfferIndex.Asked> asked(String... terms) {
    return Arrays.stream(terms).map(t -> new OfferIndex.Asked(t, false, 1.0)).toList();
  }

  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute step = stream.addAttribute(PositionIncrementAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(term + "@" + step.getPositionIncrement());
    }
    stream.end();
    stream.close();
    return tokens;
  }

  @Test
  void a_field_gets_the_words_and_pairs_lucene_shingles_give_each_clause() throws IOException {
    String text = "Máy sấy lạnh, tiết kiệm điện; [Dữ liệu mẫu] lò hơi - đốt trấu. IoT";
    List<List<OfferText.Word>> clauses = OfferText.clauses(text, false);
    List<String> shingled = new ArrayList<>();
    for (String clause : clauses.stream().map(c -> String.join(" ", c.stream().map(OfferText.Word::folded).toList())).toList()) {
      WhitespaceTokenizer words = new WhitespaceTokenizer();
      words.setReader(new StringReader(clause));
      ShingleFilter pairs = new ShingleFilter(words, 2, 2);
      pairs.setOutputUnigrams(true);
      shingled.addAll(tokens(pairs));
    }
    List<String> given = tokens(new WordsAndPairs().of(clauses));
    assertThat(given).containsExactlyElementsOf(shingled);
    assertThat(given).contains("may say@0", "lo hoi@0").doesNotContain("lanh tiet@0", "mau lo@0", "hoi dot@0");
  }

  @Test
  void one_stream_used_for_document_after_document_gives_each_its_own_words() throws IOException {
    WordsAndPairs stream = new WordsAndPairs();
    assertThat(tokens(stream.of(OfferText.clauses("Máy sấy", false)))).containsExactly("may@1", "may say@0", "say@1");
    assertThat(tokens(stream.of(OfferText.clauses("Lò hơi", false)))).containsExactly("lo@1", "lo hoi@0", "hoi@1");
  }

  @Test
  void a_word_longer_in_lower_case_than_as_written_is_folded_whole() {
    // "İ" lower-cased is two chars: the word outgrows the room made for the text.
    assertThat(OfferText.clauses("İ", false).get(0).get(0).written()).hasSize(2);
    assertThat(OfferText.clauses("Máy İ", true).get(0)).extracting(OfferText.Word::folded).containsExactly("may", "i\u0307");
  }

  @Test
  void a_bracketed_marker_becomes_a_clause_break_and_an_unclosed_bracket_stays() {
    assertThat(OfferText.withoutMarkers("Máy sấy [Dữ liệu mẫu] lạnh [x [y] z [mở"))
        .isEqualTo("Máy sấy  .  lạnh  .  z [mở");
    assertThat(OfferText.withoutMarkers("Không có dấu ngoặc")).isEqualTo("Không có dấu ngoặc");
  }

  @Test
  void a_catalogue_cut_into_blocks_scores_as_one_index() {
    List<Offer> offers = catalogue(3_001);
    List<List<OfferIndex.Asked>> needs = List.of(asked("may say", "say", "nong san"),
        asked("nuoc thai", "xu ly", "x2999", "dong"), asked("kho", "lanh", "97", "tu khoa"));
    try (OfferIndex one = new OfferIndex(offers, Synonyms.NONE, 1);
        OfferIndex three = new OfferIndex(offers, Synonyms.NONE, 3)) {
      for (List<OfferIndex.Asked> need : needs) {
        List<OfferIndex.Hit> hits = three.search(need, 12);
        assertThat(hits).hasSize(12).isEqualTo(one.search(need, 12));
      }
      assertThat(three.search(asked("x2999"), 3)).extracting(OfferIndex.Hit::offer).containsExactly(2999);
      assertThat(three.documentFrequency("nuoc thai")).isEqualTo(one.documentFrequency("nuoc thai")).isEqualTo(500);
    }
  }

  @Test
  void offers_alike_come_in_the_order_of_the_list_whatever_the_blocks() {
    List<Offer> offers = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      offers.add(offer(n, "Máy sấy nông sản", "Máy sấy nông sản sau thu hoạch."));
    }
    try (OfferIndex index = new OfferIndex(offers, Synonyms.NONE, 4)) {
      assertThat(index.search(asked("may say"), 12)).extracting(OfferIndex.Hit::offer)
          .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }
  }
}
