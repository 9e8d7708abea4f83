package vn.ketnoi.conversation;

import java.nio.file.Path;
import java.util.List;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Need;
import vn.ketnoi.staff.AuditLog;

/** Several chats (businesses, staff 900 and 901) on one real core and database. */
public final class StaffChats implements AutoCloseable {
  private final Chat chat;

  public StaffChats(Path file) {
    this.chat = new Chat(file, 0);
  }

  public List<Reply> say(long chatId, String text) {
    return chat.conversation.handle(new Inbound.Text(chatId, chatId, text));
  }

  public List<Reply> press(long chatId, String data) {
    return chat.conversation.handle(new Inbound.Press(chatId, chatId, data));
  }

  /** A business consents, sends a complete need and confirms it; the replies to Xác nhận. */
  public List<Reply> business(long chatId, String need) {
    say(chatId, "/start");
    press(chatId, "consent:yes");
    List<Reply> summary = say(chatId, need);
    Reply.Choice card = (Reply.Choice) summary.get(summary.size() - 1);
    return press(chatId, card.buttons().get(0).data());
  }

  public List<Need> needs() {
    return chat.needs.all();
  }

  /** The database itself, for what only raw SQL can do: rows an older version wrote, clocks. */
  public vn.ketnoi.storage.Database database() {
    return chat.db;
  }

  public AuditLog audit() {
    return new AuditLog(chat.db, Chat.CLOCK);
  }

  @Override
  public void close() {
    chat.close();
  }
}
