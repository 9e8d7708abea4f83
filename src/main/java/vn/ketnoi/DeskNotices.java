package vn.ketnoi;

import java.util.List;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.Conversation;
import vn.ketnoi.need.Need;
import vn.ketnoi.staff.StaffDesk;

/** The conversation tells staff of new needs and questions through this, not the desk itself. */
final class DeskNotices implements Conversation.StaffNotices {
  private final StaffDesk desk;

  DeskNotices(StaffDesk desk) {
    this.desk = desk;
  }

  @Override
  public List<Reply> newNeed(Need need, String matchesLine) {
    return desk.newNeed(need, matchesLine);
  }

  @Override
  public List<Reply> newQuestion(long userId, long chatId, String text, String asker) {
    return desk.newQuestion(userId, chatId, text, asker);
  }
}
