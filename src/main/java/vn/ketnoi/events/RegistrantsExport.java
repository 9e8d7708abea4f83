package vn.ketnoi.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Dates;
import vn.ketnoi.text.Csv;
import vn.ketnoi.text.Messages;

/**
 * Staff's /dangkysk ID: one event's registrants as CSV (UTF-8 with BOM so Excel reads the marks,
 * Vietnamese headers, local times). The router lets only STAFF_IDS run it, as every staff command.
 */
public final class RegistrantsExport {
  public static final Set<String> COMMANDS = Set.of("dangkysk");

  private final EventStore events;
  private final Registrations registrations;
  private final Dates dates;
  private final Messages messages;
  private final EventLinks links;

  public RegistrantsExport(EventStore events, Registrations registrations, Dates dates,
      Messages messages, EventLinks links) {
    this.links = links;
    this.events = events;
    this.registrations = registrations;
    this.dates = dates;
    this.messages = messages;
  }

  public List<Reply> export(String args) {
    String id = args.strip();
    Event event = events.byId(id).orElse(null);
    if (event == null) {
      return List.of(new Reply.Text(usage()));
    }
    List<Registrations.Registrant> rows = registrations.of(event.id());
    String csv = "\uFEFF" + Stream.concat(Stream.of(line((Object[]) messages.get("events.export.headers").split(","))),
        rows.stream().map(this::line)).collect(Collectors.joining("\r\n")) + "\r\n";
    return List.of(new Reply.Document("dang-ky-su-kien-" + event.id() + ".csv",
        csv.getBytes(StandardCharsets.UTF_8), messages.get("events.export.caption", rows.size(), event.title())));
  }

  /** How to use it, with every event's id and deep link, so staff need not look them up elsewhere. */
  private String usage() {
    List<String> lines = new java.util.ArrayList<>(List.of(messages.get("events.export.usage")));
    events.all().forEach(e -> lines.add(messages.get("events.export.event", e.id(), e.title(),
        registrations.of(e.id()).size(), links.of(e.id()))));
    return String.join("\n", lines);
  }

  private String line(Registrations.Registrant r) {
    Registrations.Contact c = r.contact();
    return line(c.name(), c.company(), c.phone(), dates.seconds(r.registeredAt()),
        messages.get("events.source." + r.source()));
  }

  private static String line(Object... cells) {
    return Stream.of(cells).map(Csv::cell).collect(Collectors.joining(","));
  }
}
