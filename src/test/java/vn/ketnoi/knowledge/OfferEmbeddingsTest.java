package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;
import vn.ketnoi.model.FakeOllama;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.MovingClock;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/**
 * Hybrid retrieval through the real LangChain4j Ollama client against the stand-in's /api/embed.
 * The stand-in's vectors come from a keyword map: one dimension per group of phrases, and a small
 * constant one, so which offers are near a need is decided here, not by a model.
 */
class OfferEmbeddingsTest {
  private static final Messages MESSAGES = Messages.load();
  private static final String MODEL = "bge-m3";
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** Phrases (folded) that the stand-in puts on the same dimension: "near in meaning". */
  private static final List<List<String>> MEANINGS = List.of(
      List.of("vitamin", "thang hoa"),
      List.of("khi nong"),
      List.of("go", "noi that"),
      List.of("tiec cuoi", "hoi nghi"));

  @TempDir
  Path dir;
  private FakeOllama ollama;
  private Database database;
  private final MovingClock clock = new MovingClock("2026-12-01T08:00:00Z");
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final List<OfferEmbeddings> started = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    ollama = new FakeOllama(request -> new FakeOllama.Content(""));
    ollama.embeddings(MODEL, OfferEmbeddingsTest::vector);
    database = Database.open(dir.resolve("e.db"));
  }

  @AfterEach
  void stop() {
    started.forEach(OfferEmbeddings::close);
    database.close();
    ollama.close();
  }

  static float[] vector(String text) {
    String folded = " " + Fold.fold(text).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    float[] v = new float[MEANINGS.size() + 1];
    for (int d = 0; d < MEANINGS.size(); d++) {
      for (String phrase : MEANINGS.get(d)) {
        if (folded.contains(" " + phrase + " ")) {
          v[d] = 1;
        }
      }
    }
    v[MEANINGS.size()] = 0.1f;
    return v;
  }

  private static Offer offer(String id, String title, String summary) {
    return new Offer(id, title, "Nhà cung cấp " + id, "doanh_nghiep", Offer.DOMESTIC, Sector.CHE_BIEN_BAO_QUAN,
        List.of(NeedType.THIET_BI), summary, List.of(), 100_000_000L, 500_000_000L, "thương mại",
        "Liên hệ qua Sở", "", "2026-11-30");
  }

  /** The BM25 favourites for "máy sấy trái cây" come first; "freeze" says it in its summary only. */
  private static final List<Offer> DRYERS = List.of(
      offer("hot", "Máy sấy trái cây", "Máy sấy trái cây bằng khí nóng, sấy khô trái cây sau thu hoạch."),
      offer("farm", "Máy sấy nông sản, trái cây", "Máy sấy nông sản và trái cây quy mô hộ."),
      offer("wood", "Lò sấy gỗ", "Sấy gỗ làm nội thất, giảm cong vênh."),
      offer("rice", "Máy xay xát gạo", "Dây chuyền xay xát, đánh bóng gạo."),
      offer("tea", "Máy vò chè", "Máy vò chè búp cho hộ sản xuất."),
      offer("ice", "Kho lạnh bảo quản", "Kho lạnh bảo quản rau quả."),
      offer("pack", "Máy đóng gói túi", "Đóng gói bột, hạt vào túi."),
      offer("freeze", "Thiết bị thăng hoa", "Công nghệ thăng hoa ở nhiệt độ thấp; máy sấy cho trái cây, rau củ."));

  private OfferEmbeddings embeddings(List<Offer> offers, String model) {
    OfferEmbeddings.Settings settings = new OfferEmbeddings.Settings(ollama.url(), model, Duration.ofSeconds(10));
    OfferEmbeddings e = new OfferEmbeddings(OfferEmbeddings.client(settings, OfferEmbeddings.QUERY_TIMEOUT),
        OfferEmbeddings.client(settings, settings.batchTimeout()), model,
        new EmbeddingStore(database, clock), clock, logged::add);
    started.add(e);
    e.catalogue(offers);
    return e;
  }

  private static KnowledgeBase knowledge(List<Offer> offers) {
    return new KnowledgeBase(offers, List.of(), List.of(), List.of(), Synonyms.parse(""));
  }

  private static List<String> ids(Matcher.Result result) {
    return result.offers().stream().map(m -> m.offer().id()).toList();
  }

  private static NeedCard need(String description) {
    return NeedCard.EMPTY.withDescription(description);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within %s", WAIT).isLessThan(deadline);
      Thread.sleep(5); // polling a condition, not waiting a fixed time
    }
  }

  @Test
  void each_offer_is_embedded_once_and_a_second_start_asks_nothing_for_unchanged_offers() throws Exception {
    OfferEmbeddings first = embeddings(DRYERS, MODEL);
    assertThat(first.awaitEmbedded(WAIT)).isTrue();
    assertThat(ollama.embeddedTexts()).isEqualTo(DRYERS.size());
    assertThat(ollama.embedRequests().get(0).path("input").get(0).asText())
        .isEqualTo("Máy sấy trái cây. Máy sấy trái cây bằng khí nóng, sấy khô trái cây sau thu hoạch.");
    first.close();

    OfferEmbeddings second = embeddings(DRYERS, MODEL);
    assertThat(second.awaitEmbedded(WAIT)).isTrue();
    assertThat(second.embedded()).isEqualTo(DRYERS.size());
    assertThat(ollama.embeddedTexts()).as("nothing embedded again").isEqualTo(DRYERS.size());
    second.close();

    List<Offer> changed = new ArrayList<>(DRYERS);
    changed.set(2, offer("wood", "Lò sấy gỗ bằng hơi nước", "Sấy gỗ làm nội thất [Dữ liệu mẫu]."));
    OfferEmbeddings third = embeddings(changed, MODEL);
    assertThat(third.awaitEmbedded(WAIT)).isTrue();
    assertThat(ollama.embeddedTexts()).as("only the changed offer").isEqualTo(DRYERS.size() + 1);
    List<String> last = new ArrayList<>();
    ollama.embedRequests().get(ollama.embedRequests().size() - 1).path("input").forEach(t -> last.add(t.asText()));
    assertThat(last).containsExactly("Lò sấy gỗ bằng hơi nước. Sấy gỗ làm nội thất .");
  }

  @Test
  void without_a_base_url_there_are_no_embeddings_and_no_call() {
    Matcher.Neighbours none = OfferEmbeddings.start(new OfferEmbeddings.Settings(null, MODEL, Duration.ofSeconds(10)),
        database, DRYERS);
    assertThat(none).isSameAs(Matcher.Neighbours.NONE);
    assertThat(none.nearest("máy sấy trái cây", 12)).isEmpty();
    assertThat(ollama.embedRequests()).isEmpty();
  }

  @Test
  void a_reload_hands_the_new_catalogue_to_the_same_embeddings_and_only_the_new_offer_is_embedded()
      throws Exception {
    OfferEmbeddings embeddings = embeddings(DRYERS, MODEL);
    assertThat(embeddings.awaitEmbedded(WAIT)).isTrue();
    List<Offer> more = new ArrayList<>(DRYERS);
    more.add(offer("vacuum", "Thiết bị sấy chân không", "Sấy chân không giữ màu, giữ vitamin cho trái cây."));
    try (LiveKnowledge live = new LiveKnowledge(knowledge(DRYERS), MESSAGES, embeddings)) {
      live.replace(knowledge(more));
      assertThat(embeddings.awaitEmbedded(WAIT)).isTrue();
      assertThat(ollama.embeddedTexts()).as("only the new offer").isEqualTo(DRYERS.size() + 1);
      assertThat(ids(live.match(need("Cần máy sấy trái cây mà không mất vitamin"), null)))
          .contains("vacuum", "freeze");
    }
    // The retired matcher closed; the embeddings it used still answer.
    assertThat(embeddings.nearest("sấy trái cây giữ vitamin", 3)).isNotEmpty();
  }

  @Test
  void another_model_embeds_every_offer_again() throws Exception {
    assertThat(embeddings(DRYERS, MODEL).awaitEmbedded(WAIT)).isTrue();
    ollama.embeddings("nomic-embed-text", OfferEmbeddingsTest::vector);
    assertThat(embeddings(DRYERS, "nomic-embed-text").awaitEmbedded(WAIT)).isTrue();
    assertThat(ollama.embeddedTexts()).isEqualTo(2 * DRYERS.size());
    assertThat(ollama.embedRequests()).last().satisfies(r -> assertThat(r.path("model").asText())
        .isEqualTo("nomic-embed-text"));
  }

  @Test
  void fusion_brings_an_offer_bm25_ranks_low_to_the_top_when_the_vectors_say_so() throws Exception {
    NeedCard card = need("Cần máy sấy trái cây mà không mất vitamin");
    Matcher.Result lexical;
    try (Matcher words = new Matcher(knowledge(DRYERS), MESSAGES)) {
      lexical = words.match(card);
    }
    List<String> bm25 = ids(lexical);
    // BM25 alone scores it under a third of the best: at most "gần phù hợp", never first.
    assertThat(bm25).as("BM25 alone").startsWith("hot");
    assertThat(lexical.offers()).filteredOn(m -> m.offer().id().equals("freeze"))
        .allMatch(Matcher.OfferMatch::partial);

    OfferEmbeddings embeddings = embeddings(DRYERS, MODEL);
    assertThat(embeddings.awaitEmbedded(WAIT)).isTrue();
    try (Matcher hybrid = new Matcher(knowledge(DRYERS), MESSAGES, embeddings)) {
      Matcher.Result result = hybrid.match(card);
      assertThat(ids(result)).first().isEqualTo("freeze");
      assertThat(result.offers().get(0).partial()).isFalse();
      assertThat(ids(result)).containsAll(bm25).doesNotContain("wood", "rice", "tea");
    }
    assertThat(logged).isEmpty();
  }

  @Test
  void a_need_whose_words_no_offer_covers_gets_the_honest_answer_whatever_the_vectors_say() throws Exception {
    NeedCard card = need("Cần dịch vụ tổ chức tiệc cưới trọn gói");
    OfferEmbeddings embeddings = embeddings(
        List.of(DRYERS.get(0), offer("hall", "Trung tâm hội nghị", "Cho thuê hội trường, âm thanh ánh sáng.")), MODEL);
    assertThat(embeddings.awaitEmbedded(WAIT)).isTrue();
    assertThat(embeddings.nearest("tiệc cưới", 1)).as("the vectors point at it").containsExactly("hall");
    int before = ollama.embedRequests().size();
    try (Matcher hybrid = new Matcher(knowledge(List.of(DRYERS.get(0),
        offer("hall", "Trung tâm hội nghị", "Cho thuê hội trường, âm thanh ánh sáng."))), MESSAGES, embeddings)) {
      assertThat(hybrid.match(card).offers()).isEmpty();
    }
    assertThat(ollama.embedRequests()).as("the need was embedded").hasSizeGreaterThan(before);
  }

  @Test
  void with_ollama_down_the_results_are_bm25_alone_and_one_line_is_logged() throws Exception {
    KnowledgeBase shipped = KnowledgeBase.load(Path.of("knowledge"));
    OfferEmbeddings embeddings = embeddings(shipped.offers(), MODEL);
    assertThat(embeddings.awaitEmbedded(WAIT)).isTrue();
    ollama.close(); // down after the offers were embedded: each need's own vector fails
    assertSameAsBm25(shipped, embeddings);
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0)).contains("BM25 alone");
  }

  @Test
  void a_model_ollama_lacks_gives_bm25_alone_one_line_and_a_line_when_it_is_pulled() throws Exception {
    ollama.embeddings("other-model", OfferEmbeddingsTest::vector);
    KnowledgeBase shipped = KnowledgeBase.load(Path.of("knowledge"));
    OfferEmbeddings embeddings = embeddings(shipped.offers(), MODEL);
    await(() -> !logged.isEmpty()); // the background's first batch got the 404
    assertSameAsBm25(shipped, embeddings);
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0)).contains("no model bge-m3", "ollama pull bge-m3");
    assertThat(embeddings.embedded()).isZero();
  }

  @Test
  void once_the_pause_is_over_a_working_model_is_used_again_with_one_line() throws Exception {
    OfferEmbeddings embeddings = embeddings(DRYERS, MODEL);
    assertThat(embeddings.awaitEmbedded(WAIT)).isTrue();
    ollama.embeddings("other-model", OfferEmbeddingsTest::vector); // as if bge-m3 were removed
    assertThat(embeddings.nearest("vitamin", 3)).isEmpty();
    int calls = ollama.embedRequests().size();
    assertThat(embeddings.nearest("vitamin", 3)).isEmpty();
    assertThat(ollama.embedRequests()).as("paused: not asked again").hasSize(calls);
    ollama.embeddings(MODEL, OfferEmbeddingsTest::vector);
    clock.advance(OfferEmbeddings.PAUSE);
    assertThat(embeddings.nearest("vitamin", 1)).containsExactly("freeze");
    assertThat(logged).hasSize(2);
    assertThat(logged.get(1)).contains("again");
  }

  /** Needs of the shipped catalogue's kinds: the same offers, order, scores, reasons as BM25 alone. */
  private static void assertSameAsBm25(KnowledgeBase knowledge, OfferEmbeddings embeddings) {
    List<NeedCard> needs = List.of(need("Cần máy sấy chè xanh cho hợp tác xã"),
        need("Xưởng cần hệ thống xử lý nước thải"), need("can may say nong san"),
        need("Cần tư vấn phần mềm quản lý kho"), need("Cần dịch vụ tổ chức tiệc cưới"));
    try (Matcher words = new Matcher(knowledge, MESSAGES);
        // Wrapped: closing this matcher must not stop the embeddings the test still reads.
        Matcher hybrid = new Matcher(knowledge, MESSAGES, new Matcher.Neighbours() {
          @Override
          public List<String> nearest(String text, int limit) {
            return embeddings.nearest(text, limit);
          }
        })) {
      for (NeedCard card : needs) {
        assertThat(hybrid.match(card)).as(card.description()).isEqualTo(words.match(card));
      }
    }
  }
}
