package vn.ketnoi.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.text.Messages;

/**
 * The preview of a draft, exactly as recipients will see it, with its audience described and
 * counted by the same query that snapshots it, and the buttons: "Xác nhận gửi", "Chọn đối tượng"
 * (not for a resend, whose audience is fixed) and "Hủy".
 */
final class Previews {
  static final String CONFIRM = "bc:ok:";
  static final String CANCEL = "bc:no:";
  static final String CHOOSE = "bc:aud:";

  private final Broadcasts broadcasts;
  private final Audience audience;
  private final BroadcastReport texts;
  private final Messages messages;

  Previews(Broadcasts broadcasts, Audience audience, BroadcastReport texts, Messages messages) {
    this.broadcasts = broadcasts;
    this.audience = audience;
    this.texts = texts;
    this.messages = messages;
  }

  Reply of(long id) {
    Broadcasts.Broadcast b = broadcasts.find(id).orElseThrow();
    String message = texts.message(b.text());
    String button = broadcasts.style(id).button().map(x -> messages.get("broadcast.preview.button", x.label()))
        .orElse("");
    List<Reply.Button> buttons = new ArrayList<>(List.of(
        new Reply.Button(messages.get("broadcast.confirm"), CONFIRM + id)));
    Optional<Long> original = broadcasts.resendOf(id);
    String text;
    if (original.isPresent()) {
      String n = BroadcastReport.number(audience.resendable(original.get()));
      text = messages.get("broadcast.resend.preview", original.get(), n, messages.get("broadcast.preview",
          message, button, messages.get("broadcast.audience.resend", original.get()), n));
    } else {
      Audience.Segment segment = broadcasts.segmentOf(id);
      text = messages.get("broadcast.preview", message, button, describe(segment),
          BroadcastReport.number(audience.count(segment)));
      buttons.add(new Reply.Button(messages.get("broadcast.choose"), CHOOSE + id));
    }
    int parts = texts.parts(b.text()).size();
    if (parts > 1) {
      text = text + "\n" + messages.get("broadcast.parts", parts);
    }
    buttons.add(new Reply.Button(messages.get("broadcast.cancel"), CANCEL + id));
    return new Reply.Choice(text, buttons);
  }

  /** "Tất cả người đăng ký", "Ngành Chế biến, bảo quản", "Lâm Đồng", or both joined by a dash. */
  String describe(Audience.Segment s) {
    if (s.isAll()) {
      return messages.get("broadcast.audience.all");
    }
    if (s.province() == null) {
      return messages.get("broadcast.audience.sector", sectorName(s.sector()));
    }
    return s.sector() == null ? s.province()
        : messages.get("broadcast.audience.both", sectorName(s.sector()), s.province());
  }

  String sectorName(String code) {
    try {
      return messages.get("sector." + code);
    } catch (IllegalArgumentException unknownCode) {
      return code; // a code a newer or older version stored: shown as it is
    }
  }
}
