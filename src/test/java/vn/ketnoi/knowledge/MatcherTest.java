package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Support;
import vn.ketnoi.text.Messages;

class MatcherTest {
  private static final KnowledgeBase KB = KnowledgeBase.load(Path.of("knowledge"));
  private static final Matcher MATCHER = new Matcher(KB, Messages.load());

  @AfterAll
  static void close() {
    MATCHER.close();
  }

  private static NeedCard need(String description, Sector sector, NeedType type) {
    return NeedCard.EMPTY.withDescription(description).mergedWith(new NeedCard(null, null, null,
        null, null, sector, type, null, null, null, List.of(), null, null, null, List.of(), null,
        List.of()));
  }

  @Test
  void offers_come_with_reasons_best_first() {
    NeedCard card = need("can may say che xanh cho HTX, kinh phi 1 ty", Sector.CHE_BIEN_BAO_QUAN,
        NeedType.THIET_BI).mergedWith(new NeedCard(null, null, null, null, null, null, null, null,
            null, null, List.of(), 1_000_000_000L, 1_000_000_000L, null, List.of(), null, List.of()));
    Matcher.Result result = MATCHER.match(card);
    assertThat(result.offers()).isNotEmpty();
    Matcher.OfferMatch best = result.offers().get(0);
    assertThat(best.offer().id()).isIn("OF-001", "OF-004");
    assertThat(best.reasons()).anyMatch(r -> r.startsWith("cùng lĩnh vực chế biến"))
        .anyMatch(r -> r.contains("giá tham khảo nằm trong kinh phí"));
    assertThat(result.offers()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  @Test
  void a_wished_country_is_a_reason_and_an_unrelated_need_gets_nothing() {
    NeedCard japan = need("cần máy đúc áp lực cho chi tiết nhôm", Sector.CO_KHI_CHE_TAO, NeedType.THIET_BI)
        .mergedWith(new NeedCard(null, null, null, null, null, null, null, null, null,
            OriginScope.NUOC_NGOAI, List.of("Nhật Bản"), null, null, null, List.of(), null, List.of()));
    assertThat(MATCHER.match(japan).offers().get(0).reasons())
        .contains("công nghệ từ Nhật Bản như anh/chị mong muốn");
    NeedCard bakery = need("cần phần mềm kế toán cho tiệm bánh ngọt", Sector.KHAC, NeedType.PHAN_MEM);
    // Software is shared, accounting for a bakery is not: at most "gần phù hợp".
    assertThat(MATCHER.match(bakery).offers()).allMatch(Matcher.OfferMatch::partial)
        .allMatch(m -> m.reasons().get(0).startsWith("gần phù hợp"));
  }

  @Test
  void programmes_are_chosen_by_their_rules_and_say_which_held() {
    NeedCard card = new NeedCard(null, null, null, null, null, Sector.CO_KHI_CHE_TAO,
        NeedType.TU_VAN, null, "cần tư vấn định giá sáng chế", OriginScope.NUOC_NGOAI, List.of("Đức"),
        null, null, null, List.of(Support.TU_VAN, Support.SO_HUU_TRI_TUE), 40, List.of());
    List<Matcher.ProgrammeMatch> programmes = MATCHER.match(card).programmes();
    assertThat(programmes).extracting(m -> m.programme().id())
        .contains("de-an-1851", "ct-2205", "luat-cgcn", "nd-80-2021")
        .doesNotContain("quy-natif", "nq-57");
    Matcher.ProgrammeMatch sme = programmes.stream()
        .filter(m -> m.programme().id().equals("nd-80-2021")).findFirst().orElseThrow();
    assertThat(sme.reasons()).contains("doanh nghiệp nhỏ và vừa (40 lao động)");
    assertThat(sme.reasons().get(0)).contains("50%");
  }

  @Test
  void an_unknown_headcount_is_a_condition_not_a_fact() {
    NeedCard card = new NeedCard(null, null, null, null, null, Sector.KHAC, NeedType.PHAN_MEM, null,
        "cần phần mềm quản lý", null, List.of(), null, null, null, List.of(), null, List.of());
    Matcher.ProgrammeMatch sme = MATCHER.match(card).programmes().stream()
        .filter(m -> m.programme().id().equals("nd-80-2021")).findFirst().orElseThrow();
    assertThat(sme.reasons()).anyMatch(r -> r.startsWith("nếu doanh nghiệp thuộc diện nhỏ và vừa"));
  }

  @Test
  void the_labelled_set_is_ranked_well() {
    MatchEvaluation.Report report =
        MatchEvaluation.run(Path.of("src/test/resources/matching/needs.jsonl"), MATCHER);
    assertThat(report.offers().needs()).isGreaterThanOrEqualTo(30);
    assertThat(report.offers().recallAt3()).isGreaterThanOrEqualTo(0.8);
    assertThat(report.programmes().recallAt3()).isGreaterThanOrEqualTo(0.8);
  }
}
