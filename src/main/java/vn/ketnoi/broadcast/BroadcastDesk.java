package vn.ketnoi.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Dates;
import vn.ketnoi.text.Messages;

/**
 * Staff announcements: /thongbao shows a preview exactly as recipients will see it with the
 * audience and its count; "Xác nhận gửi" hands it to the outbox once (the telegram channel's
 * broadcast sender delivers it); /thongbaods lists past ones with their reports. Every command and
 * button is checked against STAFF_IDS, every time.
 */
public final class BroadcastDesk {
  private static final Logger LOG = LoggerFactory.getLogger(BroadcastDesk.class);
  public static final Set<String> COMMANDS = Set.of("thongbao", "thongbaods");
  private static final String CONFIRM = "bc:ok:";
  private static final String CANCEL = "bc:no:";
  private static final int LISTED = 10;

  private final Set<Long> staffIds;
  private final Broadcasts broadcasts;
  private final BroadcastReport texts;
  private final Messages messages;
  private final Dates dates;

  public BroadcastDesk(Set<Long> staffIds, Broadcasts broadcasts, Messages messages, Dates dates) {
    this.staffIds = Set.copyOf(staffIds);
    this.broadcasts = broadcasts;
    this.texts = new BroadcastReport(messages);
    this.messages = messages;
    this.dates = dates;
  }

  public static boolean isButton(String data) {
    return data.startsWith("bc:");
  }

  public List<Reply> command(long userId, long chatId, String name, String argument) {
    if (!staffIds.contains(userId)) {
      return refuse(userId, name);
    }
    return name.equals("thongbaods") ? list() : draft(userId, chatId, argument);
  }

  public List<Reply> press(long userId, String data) {
    if (!staffIds.contains(userId)) {
      return refuse(userId, "button");
    }
    long id;
    try {
      id = Long.parseLong(data.substring(data.lastIndexOf(':') + 1));
    } catch (NumberFormatException e) {
      return text("broadcast.unknown");
    }
    if (broadcasts.find(id).isEmpty()) {
      return text("broadcast.unknown");
    }
    if (data.startsWith(CANCEL)) {
      return broadcasts.cancel(id) ? text("broadcast.cancelled", id) : text("broadcast.already", id);
    }
    if (!broadcasts.confirm(id)) {
      return text("broadcast.already", id);
    }
    LOG.info("broadcast {} confirmed by staff {}", id, userId);
    return text("broadcast.started", id, BroadcastReport.number(broadcasts.counts(id).total()));
  }

  private List<Reply> draft(long userId, long chatId, String argument) {
    String text = argument.strip();
    if (text.isEmpty()) {
      return text("broadcast.usage");
    }
    String message = texts.message(text);
    int parts = texts.parts(text).size();
    if (parts > BroadcastReport.MAX_PARTS) {
      return text("broadcast.too_long", BroadcastReport.number(message.length()),
          BroadcastReport.MAX_PARTS);
    }
    long id = broadcasts.draft(userId, chatId, text);
    String preview = messages.get("broadcast.preview", message,
        BroadcastReport.number(broadcasts.audience()));
    if (parts > 1) {
      preview = preview + "\n" + messages.get("broadcast.parts", parts);
    }
    return List.of(new Reply.Choice(preview, List.of(
        new Reply.Button(messages.get("broadcast.confirm"), CONFIRM + id),
        new Reply.Button(messages.get("broadcast.cancel"), CANCEL + id))));
  }

  private List<Reply> list() {
    List<Broadcasts.Broadcast> recent = broadcasts.recent(LISTED);
    if (recent.isEmpty()) {
      return text("broadcast.list.none");
    }
    List<String> lines = new ArrayList<>(List.of(messages.get("broadcast.list.header")));
    for (Broadcasts.Broadcast b : recent) {
      String state = b.finishedAt() == null ? messages.get("broadcast.list.running")
          : texts.report(b, broadcasts.counts(b.id()), b.finishedAt());
      lines.add(messages.get("broadcast.list.item", b.id(), dates.minutes(b.startedAt()),
          excerpt(b.text()), state));
    }
    return List.of(new Reply.Text(String.join("\n\n", lines)));
  }

  private static String excerpt(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }

  private List<Reply> refuse(long userId, String what) {
    LOG.warn("refused broadcast action {} from user {}", what, userId);
    return text("staff.refused");
  }

  private List<Reply> text(String key, Object... args) {
    return List.of(new Reply.Text(messages.get(key, args)));
  }
}
