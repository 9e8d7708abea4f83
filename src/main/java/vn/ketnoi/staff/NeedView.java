package vn.ketnoi.staff;

import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.extraction.Field;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/** How a need reads to staff: one line, a list line, or in full with where each field came from. */
final class NeedView {
  private final Messages messages;

  NeedView(Messages messages) {
    this.messages = messages;
  }

  String oneLine(Need n) {
    return messages.get("staff.one_line", n.code(), who(n), sector(n), orDash(n.card().title()),
        contact(n));
  }

  String listLine(Need n) {
    return messages.get("staff.list_line", n.code(), messages.get("status." + n.status().code()),
        StaffDesk.day(n.createdAt()), who(n), sector(n), orDash(n.card().title()));
  }

  String full(Need n, String matches, List<NeedStore.StatusChange> history, List<AuditLog.Action> actions) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("staff.full_header", n.code(), messages.get("status." + n.status().code()),
        StaffDesk.day(n.createdAt())));
    if (n.erased()) {
      lines.add(messages.get("staff.erased"));
    }
    for (Field f : Field.values()) {
      if (f.isStated(n.card())) {
        Object value = f.valueIn(n.card());
        String shown = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
            : value instanceof Enum<?> e ? e.toString().toLowerCase(java.util.Locale.ROOT) : String.valueOf(value);
        lines.add(messages.get("staff.field_line", f.key(), shown,
            messages.get("source." + n.fieldSources().getOrDefault(f.key(), "rules"))));
      }
    }
    if (n.provinceCurrent() != null) {
      lines.add(messages.get("staff.field_line", "province_current", n.provinceCurrent(), "bảng tỉnh"));
    }
    if (n.sourceText() != null) {
      lines.add(messages.get("staff.words", n.sourceText()));
    }
    lines.add(messages.get("staff.matches", matches.isEmpty() ? "—" : matches));
    lines.add(messages.get("staff.history"));
    for (NeedStore.StatusChange c : history) {
      lines.add(messages.get("staff.history_line", StaffDesk.day(c.at()), messages.get("status." + c.to().code()),
          c.actor(), c.note() == null ? "" : " – " + c.note() + (c.noteVisible() ? " (đã gửi doanh nghiệp)" : "")));
    }
    if (!actions.isEmpty()) {
      lines.add(messages.get("staff.audit"));
      for (AuditLog.Action a : actions) {
        lines.add(messages.get("staff.audit_line", StaffDesk.day(a.at()), a.staffUserId(), a.action(),
            a.before() == null ? "" : a.before(), a.after() == null ? "" : a.after()));
      }
    }
    return String.join("\n", lines);
  }

  private String who(Need n) {
    if (n.erased()) {
      return messages.get("staff.anonymous");
    }
    return n.card().companyName() != null ? n.card().companyName()
        : n.card().contactName() != null ? n.card().contactName() : "—";
  }

  private String contact(Need n) {
    if (n.erased()) {
      return messages.get("staff.anonymous");
    }
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {n.card().contactName(), n.card().phone(), n.card().email()}) {
      if (s != null) {
        parts.add(s);
      }
    }
    return parts.isEmpty() ? "—" : String.join(", ", parts);
  }

  private String sector(Need n) {
    return n.card().sector() == null ? "—" : messages.get("sector." + n.card().sector().code());
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }
}
