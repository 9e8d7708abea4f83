package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;
import vn.ketnoi.extraction.Json;

/** The sources in a chat state as stored JSON: the codes it always had, an unknown one dropped. */
class DraftSourcesTest {
  private static final NeedCard CARD = NeedCard.EMPTY.with(Field.PHONE, "0912345678")
      .with(Field.EMAIL, "a@b.vn");

  private static Draft draft(Map<String, Source> sources) {
    return new Draft("d1", CARD, sources, List.of("0912345678 a@b.vn"), List.of());
  }

  @Test
  void a_draft_stores_each_source_by_its_code_and_reads_it_back() throws Exception {
    Draft draft = draft(Map.of("phone", Source.USER, "email", Source.RULES));
    String json = Json.MAPPER.writeValueAsString(draft);
    assertThat(json).contains("\"phone\":\"user\"").contains("\"email\":\"rules\"");
    assertThat(Json.MAPPER.readValue(json, Draft.class).sources()).isEqualTo(draft.sources());
  }

  @Test
  void a_chat_state_with_a_source_this_version_does_not_know_reads_without_it() throws Exception {
    String json = Json.MAPPER.writeValueAsString(draft(Map.of("phone", Source.USER, "email", Source.RULES)))
        .replace("\"rules\"", "\"robot\"");
    assertThat(json).contains("\"email\":\"robot\"");
    Draft read = Json.MAPPER.readValue(json, Draft.class);
    assertThat(read.sources()).containsExactly(Map.entry("phone", Source.USER));
    assertThat(read.card()).isEqualTo(CARD);
  }
}
