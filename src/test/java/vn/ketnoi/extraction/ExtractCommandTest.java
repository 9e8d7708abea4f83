package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {
  @Test
  void prints_one_contract_line_per_input_line_and_skips_broken_ones() throws Exception {
    String input = "{\"id\": \"a\", \"text\": \"Em chào anh chị ạ\"}\n"
        + "not json\n"
        + "{\"id\": 7, \"text\": \"cty minh o Kien Giang can may say lua, sdt 0913 456 789\"}\n";
    StringWriter out = new StringWriter();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new ExtractCommand(new RuleExtractor(new Provinces())).run(
        new BufferedReader(new StringReader(input)), new PrintWriter(out),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode greeting = Json.MAPPER.readTree(lines[0]);
    assertThat(greeting.get("id").asText()).isEqualTo("a");
    assertThat(greeting.get("intent").asText()).isEqualTo("greeting");
    assertThat(greeting.get("need").get("company_name").isNull()).isTrue();
    assertThat(greeting.get("need").get("support_wanted").isArray()).isTrue();
    JsonNode need = Json.MAPPER.readTree(lines[1]);
    assertThat(need.get("id").asInt()).isEqualTo(7);
    assertThat(need.get("need").get("phone").asText()).isEqualTo("0913456789");
    assertThat(need.get("need").get("province").asText()).isEqualTo("Kiên Giang");
    assertThat(need.get("need").has("intent")).isFalse();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");
    assertThat(status).isEqualTo(1);
  }
}
