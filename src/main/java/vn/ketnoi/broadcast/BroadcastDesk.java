package vn.ketnoi.broadcast;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.events.EventFeature;
import vn.ketnoi.events.EventLinks;
import vn.ketnoi.events.EventStore;
import vn.ketnoi.need.Dates;
import vn.ketnoi.storage.Database;
import vn.ketnoi.text.Messages;

/**
 * Staff announcements: /thongbao and /sukienmoi ({@link EventSteps}) show a preview exactly as
 * recipients will see it with the audience and its count ({@link Previews}); "Chọn đối tượng"
 * narrows it to a sector and/or a current province; "Xác nhận gửi" hands it to the outbox once (the
 * telegram channel's broadcast sender delivers it); /thongbaods lists past ones with their reports,
 * and "Gửi lại" drafts a resend of the recipients left unknown. Every command, step and button is
 * checked against STAFF_IDS, every time; button data is not trusted.
 */
public final class BroadcastDesk {
  private static final Logger LOG = LoggerFactory.getLogger(BroadcastDesk.class);
  public static final Set<String> COMMANDS = Set.of("thongbao", "thongbaods", "sukienmoi");
  private static final String SECTOR = "bc:sec:";
  private static final String PROVINCE = "bc:prv:";
  /** A value standing for "any" in a segment button. */
  private static final String ANY = "*";
  /** Telegram's limit on a button's data. */
  private static final int MAX_DATA_BYTES = 64;
  private static final int LISTED = 10;

  private final Set<Long> staffIds;
  private final Broadcasts broadcasts;
  private final Audience audience;
  private final BroadcastReport texts;
  private final Previews previews;
  private final EventSteps events;
  private final Messages messages;
  private final Dates dates;

  /** What the desk works with besides the outbox: the audience, and /sukienmoi's parts. */
  public record Parts(Audience audience, EventStore events, EventFeature feature, EventLinks links,
      Database db, Clock clock) {}

  public BroadcastDesk(Set<Long> staffIds, Broadcasts broadcasts, Messages messages, Dates dates,
      Parts parts) {
    this.staffIds = Set.copyOf(staffIds);
    this.broadcasts = broadcasts;
    this.audience = parts.audience();
    this.texts = new BroadcastReport(messages);
    this.previews = new Previews(broadcasts, audience, texts, messages);
    this.events = new EventSteps(new EventDrafts(parts.db(), parts.clock()),
        new EventDates(parts.clock(), dates.zone()), parts.events(), parts.feature(), parts.links(),
        broadcasts, previews, messages);
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
    return switch (name) {
      case "thongbaods" -> list();
      case "sukienmoi" -> events.start(userId, chatId);
      default -> draft(userId, chatId, argument);
    };
  }

  /** Whether the chat waits for this staff member's answer to a /sukienmoi question. */
  public boolean waitsForText(long chatId, long userId) {
    return staffIds.contains(userId) && events.waits(chatId, userId);
  }

  public List<Reply> text(long userId, long chatId, String text) {
    if (!staffIds.contains(userId)) {
      return refuse(userId, "event step");
    }
    return events.text(userId, chatId, text);
  }

  public List<Reply> press(long userId, long chatId, String data) {
    if (!staffIds.contains(userId)) {
      return refuse(userId, "button");
    }
    if (data.startsWith(EventSteps.PREFIX)) {
      return events.press(userId, chatId, data);
    }
    String[] parts = data.split(":", 4);
    Broadcasts.Broadcast b;
    try {
      b = parts.length < 3 ? null : broadcasts.find(Long.parseLong(parts[2])).orElse(null);
    } catch (NumberFormatException e) {
      b = null;
    }
    if (b == null) {
      return text("button.expired");
    }
    return switch (parts[1]) {
      case "ok" -> confirm(userId, b);
      case "no" -> broadcasts.cancel(b.id()) ? text("broadcast.cancelled", b.id()) : text("broadcast.already", b.id());
      case "aud" -> segmentable(b) ? sectors(b) : text("button.expired");
      case "sec" -> segmentable(b) && parts.length == 4 ? sector(b, parts[3]) : text("button.expired");
      case "prv" -> segmentable(b) && parts.length == 4 ? province(b, parts[3]) : text("button.expired");
      case "re" -> resend(userId, chatId, b);
      default -> text("button.expired");
    };
  }

  private List<Reply> confirm(long userId, Broadcasts.Broadcast b) {
    if (!broadcasts.confirm(b.id())) {
      return text("broadcast.already", b.id());
    }
    LOG.info("broadcast {} confirmed by staff {}", b.id(), userId);
    return text("broadcast.started", b.id(), BroadcastReport.number(broadcasts.counts(b.id()).total()));
  }

  /** Only a draft that is not a resend has an audience to choose; anything else is a stale button. */
  private boolean segmentable(Broadcasts.Broadcast b) {
    return b.status().equals("draft") && broadcasts.resendOf(b.id()).isEmpty();
  }

  private List<Reply> sectors(Broadcasts.Broadcast b) {
    List<Reply.Button> buttons = new ArrayList<>();
    for (Audience.Value v : audience.sectors()) {
      addButton(buttons, messages.get("broadcast.choose.value", previews.sectorName(v.value()),
          BroadcastReport.number(v.count())), SECTOR + b.id() + ":" + v.value());
    }
    buttons.add(new Reply.Button(messages.get("broadcast.choose.all",
        BroadcastReport.number(audience.count(Audience.Segment.ALL))), SECTOR + b.id() + ":" + ANY));
    return List.of(new Reply.Choice(messages.get("broadcast.choose.sector"), buttons));
  }

  private List<Reply> sector(Broadcasts.Broadcast b, String value) {
    String sector = value.equals(ANY) ? null : value;
    if (sector != null && audience.sectors().stream().noneMatch(v -> v.value().equals(sector))) {
      return text("button.expired");
    }
    broadcasts.segment(b.id(), new Audience.Segment(sector, null));
    List<Reply.Button> buttons = new ArrayList<>();
    for (Audience.Value v : audience.provinces(sector)) {
      addButton(buttons, messages.get("broadcast.choose.value", v.value(), BroadcastReport.number(v.count())),
          PROVINCE + b.id() + ":" + v.value());
    }
    buttons.add(new Reply.Button(messages.get("broadcast.choose.all",
        BroadcastReport.number(audience.count(new Audience.Segment(sector, null)))), PROVINCE + b.id() + ":" + ANY));
    return List.of(new Reply.Choice(messages.get("broadcast.choose.province"), buttons));
  }

  private List<Reply> province(Broadcasts.Broadcast b, String value) {
    String sector = broadcasts.segmentOf(b.id()).sector();
    String province = value.equals(ANY) ? null : value;
    if (province != null && audience.provinces(sector).stream().noneMatch(v -> v.value().equals(province))) {
      return text("button.expired");
    }
    broadcasts.segment(b.id(), new Audience.Segment(sector, province));
    return List.of(previews.of(b.id()));
  }

  /** A value whose data would pass Telegram's limit gets no button (staff can still pick "Tất cả"). */
  private static void addButton(List<Reply.Button> buttons, String label, String data) {
    if (data.getBytes(StandardCharsets.UTF_8).length <= MAX_DATA_BYTES) {
      buttons.add(new Reply.Button(label, data));
    }
  }

  private List<Reply> resend(long userId, long chatId, Broadcasts.Broadcast original) {
    if (original.status().equals("draft") || audience.resendable(original.id()) == 0) {
      return text("broadcast.resend.none", original.id());
    }
    return List.of(previews.of(broadcasts.resendDraft(userId, chatId, original)));
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
    return List.of(previews.of(broadcasts.draft(userId, chatId, text)));
  }

  private List<Reply> list() {
    List<Broadcasts.Broadcast> recent = broadcasts.recent(LISTED);
    if (recent.isEmpty()) {
      return text("broadcast.list.none");
    }
    List<String> lines = new ArrayList<>(List.of(messages.get("broadcast.list.header")));
    List<Reply.Button> resends = new ArrayList<>();
    for (Broadcasts.Broadcast b : recent) {
      String state = b.finishedAt() == null ? messages.get("broadcast.list.running")
          : texts.report(b, broadcasts.counts(b.id()), b.finishedAt());
      lines.add(messages.get("broadcast.list.item", b.id(), dates.minutes(b.startedAt()),
          excerpt(b.text()), state));
      int unknown = b.finishedAt() == null ? 0 : audience.resendable(b.id());
      if (unknown > 0) {
        resends.add(texts.resendButton(b.id(), unknown, true));
      }
    }
    String text = String.join("\n\n", lines);
    return List.of(resends.isEmpty() ? new Reply.Text(text) : new Reply.Choice(text, resends));
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
