package vn.ketnoi.conversation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.ketnoi.Main;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.config.Config;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.storage.Database;

/** A real core on a real SQLite file, driven like a user would: texts and button presses. */
final class Chat implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  /** Staff of the test department: user 900 and 901; no staff group. */
  static final java.util.Set<Long> STAFF = java.util.Set.of(900L, 901L);

  final Main.App app;
  final Database db;
  final NeedStore needs;
  final vn.ketnoi.router.Router conversation;
  final long chatId;
  List<Reply> last = List.of();

  Chat(Path file, long chatId) {
    this.app = Main.wire(new Config(file, null, Config.DEFAULT_TELEGRAM_API_URL, null,
        "qwen2.5:7b-instruct", java.time.Duration.ofSeconds(5), 8192, Config.ExtractorMode.RULES,
        Path.of("knowledge"), STAFF, null, "Sở Khoa học và Công nghệ tỉnh Thái Nguyên", "Thái Nguyên",
        java.time.ZoneId.of("Asia/Ho_Chi_Minh"), file.resolveSibling("backups"), 14,
        java.time.Duration.ZERO, Config.DEFAULT_BROADCAST_RATE, Config.DEFAULT_REMINDER_HOUR),
        CLOCK);
    this.db = app.database();
    this.needs = app.needs();
    this.conversation = app.router();
    this.chatId = chatId;
  }

  /** The same database seen from another chat (a staff member, another business). */
  Chat as(long otherChat) {
    return new Chat(this, otherChat);
  }

  private Chat(Chat shared, long chatId) {
    this.app = shared.app;
    this.db = shared.db;
    this.needs = shared.needs;
    this.conversation = shared.conversation;
    this.chatId = chatId;
  }

  List<Reply> say(String text) {
    last = conversation.handle(new Inbound.Text(chatId, chatId, text));
    return last;
  }

  List<Reply> press(String data) {
    last = conversation.handle(new Inbound.Press(chatId, chatId, data));
    return last;
  }

  /** Presses the button of the last replies whose label contains the text. */
  List<Reply> tap(String label) {
    for (Reply r : last) {
      if (r instanceof Reply.Choice c) {
        for (Reply.Button b : c.buttons()) {
          if (b.label().contains(label)) {
            return press(b.data());
          }
        }
      }
    }
    throw new AssertionError("no button '" + label + "' in " + last);
  }

  String lastText() {
    return String.join("\n---\n", last.stream().map(Reply::text).toList());
  }

  Chat consented() {
    say("/start");
    tap("Đồng ý");
    return this;
  }

  @Override
  public void close() {
    app.close();
  }
}
