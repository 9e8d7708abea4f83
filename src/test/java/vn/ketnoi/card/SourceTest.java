package vn.ketnoi.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnoi.extraction.Json;

class SourceTest {
  /** The codes rows written before the type already hold: they must keep meaning the same. */
  private static final Map<String, Source> STORED =
      Map.of("rules", Source.RULES, "model", Source.MODEL, "user", Source.USER, "staff", Source.STAFF);

  @Test
  void each_source_writes_and_reads_the_code_stored_rows_already_hold() throws Exception {
    assertThat(STORED.values()).containsExactlyInAnyOrder(Source.values());
    for (Map.Entry<String, Source> e : STORED.entrySet()) {
      String json = Json.MAPPER.writeValueAsString(Map.of("phone", e.getValue()));
      assertThat(json).isEqualTo("{\"phone\":\"" + e.getKey() + "\"}");
      Map<String, Source> read = Json.MAPPER.readValue(json, new TypeReference<Map<String, Source>>() {});
      assertThat(read).containsExactly(Map.entry("phone", e.getValue()));
      assertThat(Source.ofCode(e.getKey())).contains(e.getValue());
    }
  }

  @Test
  void a_code_no_version_writes_reads_as_no_source_instead_of_failing() throws Exception {
    assertThat(Source.ofCode("robot")).isEmpty();
    assertThat(Source.ofCode("RULES")).isEmpty();
    assertThat(Source.ofCode(null)).isEmpty();
    Map<String, Source> read =
        Json.MAPPER.readValue("{\"phone\":\"robot\"}", new TypeReference<Map<String, Source>>() {});
    assertThat(read).containsEntry("phone", null);
  }
}
