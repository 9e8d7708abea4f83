package vn.ketnoi.staff;

import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * Moving a need along mới → đang xử lý → đã kết nối → hoàn thành, or từ chối: the status buttons,
 * then the note (or none), then whether the business sees it; the business is told of the change.
 */
final class StatusWorkflow {
  private final NeedStore needs;
  private final AuditLog audit;
  private final Messages messages;

  StatusWorkflow(NeedStore needs, AuditLog audit, Messages messages) {
    this.needs = needs;
    this.audit = audit;
    this.messages = messages;
  }

  /** "ss:ID:STATUS" for each status the need can move to. */
  List<Reply.Button> buttons(Need need) {
    return next(need.status()).stream()
        .map(s -> new Reply.Button(messages.get("status." + s.code()), "ss:" + need.id() + ":" + s.code()))
        .toList();
  }

  /**
   * mới → đang xử lý → đã kết nối → hoàn thành, or từ chối from any open status. A status that
   * could not be read can be set to any, so staff can repair it.
   */
  static List<NeedStatus> next(NeedStatus status) {
    return switch (status) {
      case MOI -> List.of(NeedStatus.DANG_XU_LY, NeedStatus.TU_CHOI);
      case DANG_XU_LY -> List.of(NeedStatus.DA_KET_NOI, NeedStatus.TU_CHOI);
      case DA_KET_NOI -> List.of(NeedStatus.HOAN_THANH, NeedStatus.TU_CHOI);
      case HOAN_THANH, TU_CHOI -> List.of();
      case KHONG_RO -> List.of(NeedStatus.MOI, NeedStatus.DANG_XU_LY, NeedStatus.DA_KET_NOI,
          NeedStatus.HOAN_THANH, NeedStatus.TU_CHOI);
    };
  }

  /** A status button: the note is asked for, unless the button is out of date. */
  StaffDesk.Outcome askNote(StaffDesk.Session session, long needId, NeedStatus to) {
    Need need = needs.byId(needId).orElse(null);
    if (need == null || !next(need.status()).contains(to)) {
      return StaffDesk.Outcome.text(session, messages.get("button.expired"));
    }
    return new StaffDesk.Outcome(session.withPending(new StaffStep.Note(needId, to)), List.of(
        new Reply.Choice(messages.get("staff.ask_note", need.code(), messages.get("status." + to.code())),
            List.of(new Reply.Button(messages.get("staff.no_note"), "sn:none")))));
  }

  /** The typed note: kept, and staff are asked whether the business sees it. */
  StaffDesk.Outcome takeNote(StaffDesk.Session session, StaffStep.Note step, String text) {
    return new StaffDesk.Outcome(
        session.withPending(new StaffStep.Visibility(step.needId(), step.to(), text.strip())),
        List.of(new Reply.Choice(messages.get("staff.note_visible"),
            List.of(new Reply.Button(messages.get("staff.note_show"), "sn:show"),
                new Reply.Button(messages.get("staff.note_hide"), "sn:hide")))));
  }

  /** "sn:show|hide|none": the status is changed, audited, and the business told. */
  StaffDesk.Outcome finish(long userId, StaffDesk.Session session, String choice) {
    if (!(session.pending() instanceof StaffStep.StatusChange change)) {
      return StaffDesk.Outcome.text(session, messages.get("button.expired"));
    }
    long needId = change.needId();
    NeedStatus to = change.to();
    String note = change instanceof StaffStep.Visibility v ? v.note() : null;
    boolean visible = note != null && choice.equals("show");
    Need need = needs.byId(needId).orElse(null);
    if (need == null || !next(need.status()).contains(to)) {
      return StaffDesk.Outcome.text(session.withPending(null), messages.get("button.expired"));
    }
    NeedStatus from = needs.changeStatus(needId, to, note, visible, "staff:" + userId);
    audit.record(userId, "trang_thai", needId, from.code(), to.code(), note);
    List<Reply> replies = new ArrayList<>();
    replies.add(new Reply.Text(messages.get("staff.status_done", need.code(), messages.get("status." + to.code()))));
    if (need.telegramUserId() != null) {
      String toBusiness = messages.get("business.status", need.code(), messages.get("status." + to.code()));
      if (visible) {
        toBusiness += "\n" + messages.get("business.note", note);
      }
      replies.add(new Reply.Notice(need.telegramUserId(), toBusiness, List.of()));
    }
    return new StaffDesk.Outcome(session.withPending(null), replies);
  }
}
