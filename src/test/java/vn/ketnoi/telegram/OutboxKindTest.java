package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutboxKindTest {
  @Test
  void every_kind_is_stored_as_the_string_older_versions_wrote_and_reads_back() {
    // outbox_messages rows written before the enum hold these values; a resumed run must read them.
    Map<OutboxKind, String> stored = Arrays.stream(OutboxKind.values())
        .collect(Collectors.toMap(k -> k, OutboxKind::stored));
    assertThat(stored).isEqualTo(Map.of(OutboxKind.TEXT, "text", OutboxKind.CHOICE, "choice",
        OutboxKind.ASK_CONTACT, "ask_contact", OutboxKind.CLEAR_KEYBOARD, "clear_keyboard",
        OutboxKind.DOCUMENT, "document", OutboxKind.IMAGE, "image"));
    stored.forEach((kind, value) -> assertThat(OutboxKind.ofStored(value)).isEqualTo(kind));
  }

  @Test
  void a_kind_this_version_does_not_know_is_sent_as_text() {
    assertThat(OutboxKind.ofStored("sticker")).isEqualTo(OutboxKind.TEXT);
    assertThat(OutboxKind.ofStored(null)).isEqualTo(OutboxKind.TEXT);
  }
}
