package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.Sector;

class KnowledgeBaseTest {
  @TempDir Path dir;

  private Path copyOfKnowledge() throws Exception {
    for (String f : List.of("offers.csv", "programmes.json", "faq.json", "events.json")) {
      Files.copy(Path.of("knowledge", f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }

  @Test
  void the_shipped_knowledge_loads_and_covers_every_sector() {
    KnowledgeBase kb = KnowledgeBase.load(Path.of("knowledge"));
    assertThat(kb.offers()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(kb.offers()).allMatch(o -> o.summary().startsWith("[Dữ liệu mẫu]"));
    assertThat(kb.offers().stream().map(Offer::sector).distinct()).containsExactlyInAnyOrder(Sector.values());
    assertThat(kb.programmes()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(kb.programmes()).allMatch(p -> !p.legalBasis().isBlank() && !p.lastChecked().isBlank()
        && !p.applyAt().isBlank());
    assertThat(kb.faq()).isNotEmpty();
    assertThat(kb.events()).isNotEmpty();
  }

  @Test
  void without_the_folder_the_copy_in_the_jar_is_used() {
    assertThat(KnowledgeBase.load(dir.resolve("missing")).offers()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void a_knowledge_dir_named_must_exist_and_none_named_falls_back_to_the_usual_folder_then_the_jar()
      throws Exception {
    assertThatThrownBy(() -> KnowledgeBase.open(dir.resolve("missing"), Path.of("knowledge")))
        .isInstanceOf(KnowledgeException.class).hasMessageContaining("KNOWLEDGE_DIR names no folder");
    Path own = copyOfKnowledge();
    assertThat(KnowledgeBase.open(own, Path.of("knowledge")).folder()).isEqualTo(own);
    assertThat(KnowledgeBase.open(null, own).folder()).isEqualTo(own);
    KnowledgeBase.Loaded bundled = KnowledgeBase.open(null, dir.resolve("missing"));
    assertThat(bundled.bundled()).isTrue();
    assertThat(bundled.knowledge().sampleOffers()).isEqualTo(bundled.knowledge().offers().size());
    assertThat(bundled.knowledge().sampleEvents()).isEqualTo(bundled.knowledge().events().size());
  }

  @Test
  void a_broken_offer_row_stops_loading_with_file_line_and_problem() throws Exception {
    Path kb = copyOfKnowledge();
    List<String> lines = Files.readAllLines(kb.resolve("offers.csv"));
    lines.set(3, lines.get(3).replace(",che_bien_bao_quan,", ",che_bien,"));
    Files.write(kb.resolve("offers.csv"), lines);
    assertThatThrownBy(() -> KnowledgeBase.load(kb))
        .isInstanceOf(KnowledgeException.class)
        .hasMessageContaining("offers.csv:4")
        .hasMessageContaining("sector 'che_bien'");
  }

  @Test
  void a_wrong_header_or_price_is_named() throws Exception {
    Path kb = copyOfKnowledge();
    Files.writeString(kb.resolve("offers.csv"), "id,title\nOF-1,x\n");
    assertThatThrownBy(() -> KnowledgeBase.load(kb)).hasMessageContaining("offers.csv:1").hasMessageContaining("tiêu đề");
    String good = Files.readString(Path.of("knowledge/offers.csv"));
    Files.writeString(kb.resolve("offers.csv"), good.replace(",300000000,1500000000,", ",ba trăm triệu,1500000000,"));
    assertThatThrownBy(() -> KnowledgeBase.load(kb)).hasMessageContaining("offers.csv:2")
        .hasMessageContaining("price_vnd_min");
  }

  @Test
  void broken_json_and_a_programme_without_a_legal_basis_are_named() throws Exception {
    Path kb = copyOfKnowledge();
    Files.writeString(kb.resolve("faq.json"), "[\n  {\"id\": \"a\", \"question\": \"q\",\n   \"answer\": }\n]");
    assertThatThrownBy(() -> KnowledgeBase.load(kb)).hasMessageContaining("faq.json:3");
    Files.copy(Path.of("knowledge/faq.json"), kb.resolve("faq.json"), StandardCopyOption.REPLACE_EXISTING);
    String programmes = Files.readString(Path.of("knowledge/programmes.json"));
    Files.writeString(kb.resolve("programmes.json"),
        programmes.replaceFirst("\"legal_basis\": \"[^\"]*\",", ""));
    assertThatThrownBy(() -> KnowledgeBase.load(kb)).hasMessageContaining("programmes.json:2")
        .hasMessageContaining("legal_basis");
  }
}
