package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Json;

/**
 * Typed replies at the three yes/no choices, from a set written apart from the code
 * (src/test/resources/conversation/replies.jsonl: 161 replies a helper wrote without seeing the
 * bot, labelled yes / no / other; the reader was written without seeing the set, and must not be
 * tuned to it). Each is answered in a fresh chat at that choice, and what the
 * bot did is compared with what the person meant.
 */
class ChoiceRepliesTest {
  private static final Path SET = Path.of("src/test/resources/conversation/replies.jsonl");
  private static final String NEED = "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần máy sao chè,"
      + " kinh phí 300 triệu, liên hệ anh Nam 0912 345 678";

  @TempDir Path dir;

  /** What a reply led to. */
  enum Outcome { YES, NO, NEITHER }

  record Scored(String choice, String text, String meant, Outcome got) {
    boolean understood() {
      return got.name().equalsIgnoreCase(meant) || (got == Outcome.NEITHER && meant.equals("other"));
    }
  }

  @Test
  void typed_replies_at_each_choice_are_understood_as_meant() throws IOException {
    List<Scored> scored = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(SET, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = Json.MAPPER.readTree(line);
      String choice = row.get("choice").asText();
      String text = row.get("text").asText();
      try (Chat chat = new Chat(dir.resolve("r" + n++ + ".db"), 100)) {
        scored.add(new Scored(choice, text, row.get("means").asText(), outcome(chat, choice, text)));
      }
    }
    Map<String, int[]> byChoice = new LinkedHashMap<>();
    for (Scored s : scored) {
      int[] counts = byChoice.computeIfAbsent(s.choice(), c -> new int[2]);
      counts[0] += s.understood() ? 1 : 0;
      counts[1]++;
    }
    byChoice.forEach((choice, c) -> System.out.printf("replies at %s: %d of %d understood%n", choice, c[0], c[1]));
    scored.stream().filter(s -> !s.understood()).forEach(s ->
        System.out.printf("  missed %s '%s': meant %s, got %s%n", s.choice(), s.text(), s.meant(), s.got()));
    long understood = scored.stream().filter(Scored::understood).count();
    System.out.printf("replies understood in all: %d of %d%n", understood, scored.size());
    assertThat(scored).hasSizeGreaterThanOrEqualTo(120);
    // Acting on a yes nobody gave (consent, a saved card, an erasure) is the harm to avoid.
    assertThat(scored).filteredOn(s -> s.got() == Outcome.YES && !s.meant().equals("yes")).isEmpty();
    assertThat(scored).filteredOn(s -> s.got() == Outcome.NO && s.meant().equals("yes")).isEmpty();
    // 141 of 161 when the reader was first scored on this set (48 before it); a guard, not a goal.
    assertThat(understood).isGreaterThanOrEqualTo(135);
  }

  private static Outcome outcome(Chat chat, String choice, String text) {
    switch (choice) {
      case "consent" -> {
        chat.say("/start");
        String answer = texts(chat.say(text));
        return answer.contains("Cảm ơn anh/chị đã đồng ý") ? Outcome.YES
            : answer.contains("Không sao ạ") ? Outcome.NO : Outcome.NEITHER;
      }
      case "confirm" -> {
        chat.consented();
        chat.say(NEED);
        if (!texts(chat.last).contains("Phiếu nhu cầu")) {
          chat.tap("Quy trình"); // the need type, when the rules could not tell
        }
        String answer = texts(chat.say(text));
        if (!chat.needs.all().isEmpty()) {
          return Outcome.YES;
        }
        return answer.contains("Đã hủy phiếu") || answer.contains("muốn sửa thông tin nào")
            ? Outcome.NO : Outcome.NEITHER;
      }
      case "erase" -> {
        chat.consented();
        chat.say("/xoadulieu");
        String answer = texts(chat.say(text));
        return answer.contains("Đã xóa dữ liệu cá nhân") ? Outcome.YES
            : answer.contains("được giữ nguyên") ? Outcome.NO : Outcome.NEITHER;
      }
      default -> throw new IllegalArgumentException(choice);
    }
  }

  private static String texts(List<Reply> replies) {
    return String.join("\n", replies.stream().map(Reply::text).toList());
  }
}
