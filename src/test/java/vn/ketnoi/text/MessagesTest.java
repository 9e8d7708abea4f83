package vn.ketnoi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Messages MESSAGES = Messages.load();

  @Test
  void every_key_the_code_names_is_in_the_bundle() throws IOException {
    Pattern key = Pattern.compile("messages\\.get\\(\"([a-z_.]+)\"\\s*[,)]");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          if (!MESSAGES.has(m.group(1))) {
            missing.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void every_code_has_a_vietnamese_label() {
    List<String> keys = new ArrayList<>();
    Stream.of(vn.ketnoi.card.Sector.values()).forEach(v -> keys.add("sector." + v.code()));
    Stream.of(vn.ketnoi.card.NeedType.values()).forEach(v -> keys.add("need_type." + v.code()));
    Stream.of(vn.ketnoi.card.OriginScope.values()).forEach(v -> keys.add("origin_scope." + v.code()));
    Stream.of(vn.ketnoi.card.Support.values()).forEach(v -> keys.add("support." + v.code()));
    Stream.of(vn.ketnoi.need.NeedStatus.values()).forEach(v -> keys.add("status." + v.code()));
    assertThat(keys).allMatch(MESSAGES::has);
  }

  @Test
  void texts_are_vietnamese_with_diacritics_and_read_as_utf8() {
    assertThat(MESSAGES.get("consent.yes")).isEqualTo("Đồng ý");
    assertThat(MESSAGES.get("summary.confirm")).isEqualTo("Xác nhận");
    assertThat(MESSAGES.get("saved", "NC-2026-0001", "Sở KH&CN")).contains("NC-2026-0001", "Sở KH&CN");
    for (String k : MESSAGES.keys()) {
      assertThat(MESSAGES.get(k)).as(k).doesNotContain("\uFFFD").isNotBlank();
    }
  }
}
