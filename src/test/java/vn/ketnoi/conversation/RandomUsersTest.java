package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;

/**
 * Businesses and staff who do things in any order: needs, corrections, questions, commands,
 * stale and forged buttons, pressed twice. No turn may throw, answer with nothing, or show a
 * Java word to the user. Seeded, so a failure prints the steps that reproduce it.
 */
class RandomUsersTest {
  private static final String[] TEXTS = {
    "/start", "/huy", "/sua", "/nhucau", "/xem", "/sukien", "/dangkysk", "/xoadulieu", "/thoat",
    "/ds", "/ds moi", "/xem 1", "/xem 999999", "/xem abc", "/xuat", "/thongke", "/cauhoi",
    "/trangthai", "/sua 1 budget 500 triệu", "/sua 1 phone 0912", "/", "//", "/dangky x",
    "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần máy sao chè, kinh phí 800 triệu, sđt 0912345678",
    "cty e can may say nong san tam 5-700tr, sdt 0987 654 321 a Tuan",
    "HTX cần hệ thống tưới nhỏ giọt", "kinh phí 2 tỷ", "à nhầm 1,5 tỷ", "sdt 84977213560",
    "số điện thoại 0500123456", "có", "không", "ok", "1", "2", "Sửa", "Lưu", "Hủy",
    "có chương trình nào hỗ trợ đổi mới công nghệ không ạ?", "tầm $25,000", "0912345678Nam",
    "email: a@b.vn", "Bến Tre", "thiết bị", "chào anh chị ạ", "cảm ơn ạ", "", "   ", "🙂🙂",
    "x".repeat(5000), "kinh phí 1.200.000.000 ngàn tỉ", "null", "ĐVT: triệu đồng\nKinh phí: 500",
  };
  private static final String[] FORGED = {
    "", ":", "ss", "ss:1", "ss:x:y", "ss:1:done", "sp:next", "sp:prev", "sn:show", "sq:", "sq:x",
    "confirm", "edit:", "field:budget", "x".repeat(300), "ev:1", "reg:1", "unreg:-1",
  };
  private static final long STAFF_MEMBER = 900;

  @Test
  void no_sequence_of_texts_and_presses_breaks_a_turn(@TempDir Path dir) {
    Random random = new Random(20261202);
    try (Chat first = new Chat(dir.resolve("ketnoi.db"), 1001)) {
      List<Chat> chats = List.of(first, first.as(1002), first.as(1003), first.as(STAFF_MEMBER));
      List<String> seenButtons = new ArrayList<>();
      List<String> steps = new ArrayList<>();
      for (int step = 0; step < 1_500; step++) {
        Chat chat = chats.get(random.nextInt(chats.size()));
        Action action = next(chat, random, seenButtons);
        steps.add(chat.chatId + " " + action.what());
        String recent = String.join("\n", steps.subList(Math.max(0, steps.size() - 8), steps.size()));
        List<Reply> replies;
        try {
          replies = action.run().get();
        } catch (RuntimeException e) {
          throw new AssertionError("turn threw after:\n" + recent, e);
        }
        assertThat(replies).as(recent).isNotEmpty();
        for (Reply reply : replies) {
          if (reply instanceof Reply.Choice c) {
            c.buttons().forEach(b -> seenButtons.add(b.data()));
          }
          assertThat(reply.text()).as(recent).isNotBlank()
              .doesNotContain("Exception", "java.", "vn.ketnoi", "null", "{}");
        }
      }
      // The walk went through whole conversations, not only refusals: needs were saved and
      // staff moved some through the workflow.
      assertThat(first.needs.all()).isNotEmpty();
      assertThat(first.needs.all()).anyMatch(n -> !first.needs.history(n.id()).isEmpty());
    }
  }

  /** One thing a user does, and what it was for the failure message. */
  private record Action(String what, Supplier<List<Reply>> run) {}

  private static Action next(Chat chat, Random random, List<String> seenButtons) {
    int kind = random.nextInt(10);
    List<Reply.Button> shown = buttons(chat.last);
    if (kind < 3 && !shown.isEmpty()) {
      String data = shown.get(random.nextInt(shown.size())).data();
      return new Action("press " + data, () -> chat.press(data));
    }
    if (kind < 5 && !seenButtons.isEmpty()) {
      String stale = seenButtons.get(random.nextInt(seenButtons.size()));
      return new Action("stale " + stale, () -> chat.press(stale));
    }
    if (kind < 6) {
      String forged = FORGED[random.nextInt(FORGED.length)];
      return new Action("forged " + forged, () -> chat.press(forged));
    }
    String text = TEXTS[random.nextInt(TEXTS.length)];
    return new Action("say " + (text.length() > 60 ? text.substring(0, 60) + "…" : text), () -> chat.say(text));
  }

  private static List<Reply.Button> buttons(List<Reply> replies) {
    List<Reply.Button> all = new ArrayList<>();
    for (Reply r : replies) {
      if (r instanceof Reply.Choice c) {
        all.addAll(c.buttons());
      }
    }
    return all;
  }
}
