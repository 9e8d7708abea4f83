package vn.ketnoi.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ketnoi.card.NeedCard;

/**
 * Labelled examples of the registers the dev set lacks (forms, cooperatives, unaccented places,
 * need-and-question messages), one rule each: {@code register-cases.jsonl} gives the text and the
 * fields it must read, a null meaning "must stay empty".
 */
class RegisterTest {
  private static final RuleExtractor RULES = new RuleExtractor(new Provinces());
  private static final Path CASES = Path.of("src/test/resources/extraction/register-cases.jsonl");

  /** One labelled example: its id, the rule it is an example of, its text, what it must read. */
  record Case(String id, String rule, String text, JsonNode expect) {
    @Override
    public String toString() {
      return id + " " + rule;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(CASES)) {
      if (!line.isBlank()) {
        JsonNode row = Json.MAPPER.readTree(line);
        cases.add(new Case(row.get("id").asText(), row.get("rule").asText(), row.get("text").asText(),
            row.get("expect")));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void each_example_reads_the_fields_it_is_labelled_with(Case example) {
    Extraction e = RULES.extract(example.text(), NeedCard.EMPTY);
    JsonNode read = Json.MAPPER.valueToTree(e.contractCard());
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, JsonNode> field : example.expect().properties()) {
      JsonNode got = field.getKey().equals("intent")
          ? Json.MAPPER.valueToTree(e.intent()) : read.path(field.getKey());
      // As JSON text: 2000000000 is the same number whether Jackson reads it as an int or a long.
      soft.assertThat(got.isMissingNode() ? "null" : got.toString()).as(field.getKey())
          .isEqualTo(field.getValue().toString());
    }
    soft.assertAll();
  }
}
