package vn.ketnoi.staff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.Source;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.need.CardText;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * How a need reads to staff: one line, a list line, or in full, in Vietnamese throughout: the
 * labels of the business's summary, names instead of codes, local times, and where each field
 * came from (quy tắc, mô hình, doanh nghiệp sửa, cán bộ sửa).
 */
final class NeedView {
  /** A stored value shown in the notice of an unreadable row is cut to this many characters. */
  private static final int SHOWN_STORED = 40;

  private final Messages messages;
  private final Dates dates;
  private final CardText text;

  NeedView(Messages messages, Dates dates, Provinces provinces) {
    this.messages = messages;
    this.dates = dates;
    this.text = new CardText(messages, provinces);
  }

  String oneLine(Need n) {
    return messages.get("staff.one_line", n.code(), who(n), sector(n), orDash(n.card().title()),
        contact(n));
  }

  String listLine(Need n) {
    return messages.get("staff.list_line", n.code(), status(n.status()),
        dates.minutes(n.createdAt()), who(n), sector(n), orDash(n.card().title()));
  }

  String full(Need n, String matches, List<NeedStore.StatusChange> history, List<AuditLog.Action> actions) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("staff.full_header", n.code(), status(n.status()), dates.minutes(n.createdAt())));
    if (n.erased()) {
      lines.add(messages.get("staff.erased"));
    }
    if (!n.unreadable().isEmpty()) {
      lines.add(messages.get("staff.unreadable", unreadable(n), n.code()));
    }
    for (CardText.Line line : text.lines(n.card(), n.otherContacts())) {
      lines.add(messages.get("staff.field_line", text.label(line.key()), line.value(), sources(n, line)));
    }
    if (n.provinceCurrent() != null) {
      lines.add(messages.get("staff.field_line", messages.get("field.province_current"),
          n.provinceCurrent(), messages.get("source.table")));
    }
    if (n.sourceText() != null) {
      lines.add(messages.get("staff.words", n.sourceText()));
    }
    lines.add(messages.get("staff.matches", matches.isEmpty() ? "—" : matches));
    lines.add(messages.get("staff.history"));
    for (NeedStore.StatusChange c : history) {
      String note = c.note() == null ? ""
          : " – " + c.note() + (c.noteVisible() ? " " + messages.get("staff.note_sent") : "");
      lines.add(messages.get("staff.history_line", dates.minutes(c.at()), status(c.to()), actor(c.actor()), note));
    }
    if (!actions.isEmpty()) {
      lines.add(messages.get("staff.audit"));
      for (AuditLog.Action a : actions) {
        lines.add(messages.get("staff.audit_line", dates.minutes(a.at()), a.staffUserId(), action(a)));
      }
    }
    return String.join("\n", lines);
  }

  /** The sources of the fields a line shows; a field with none recorded came from the rules. */
  private String sources(Need n, CardText.Line line) {
    Set<String> shown = new LinkedHashSet<>();
    for (String key : line.fields()) {
      if (key.equals("other_contacts") || Field.ofKey(key).isStated(n.card())) {
        Source source = n.fieldSources().getOrDefault(key, Source.RULES);
        shown.add(messages.get("source." + source.code()));
      }
    }
    return String.join(", ", shown);
  }

  private String unreadable(Need n) {
    Set<String> problems = new LinkedHashSet<>();
    for (Need.Unreadable u : n.unreadable()) {
      String label = messages.has("field." + u.column()) ? messages.get("field." + u.column()) : u.column();
      String stored = u.stored() == null ? messages.get("staff.empty")
          : u.stored().length() <= SHOWN_STORED ? u.stored() : u.stored().substring(0, SHOWN_STORED) + "…";
      problems.add(label + " («" + stored + "»)");
    }
    return String.join("; ", problems);
  }

  /** "business" → "doanh nghiệp", "staff:900" → "cán bộ 900". */
  private String actor(String actor) {
    if (actor == null) {
      return messages.get("staff.unknown");
    }
    if (actor.startsWith("staff:")) {
      return messages.get("staff.actor.staff", actor.substring("staff:".length()));
    }
    return actor.equals("business") ? messages.get("staff.actor.business") : actor;
  }

  /** An audit entry in words: "sửa Điện thoại: 0912345678 → 0988777666", "chuyển trạng thái: Mới → Đang xử lý". */
  private String action(AuditLog.Action a) {
    String before = orDash(a.before());
    String after = orDash(a.after());
    if (a.action().startsWith("sua:")) {
      String key = a.action().substring("sua:".length());
      String label = messages.has("field." + key) ? messages.get("field." + key) : key;
      return messages.get("staff.action.sua", label, before, after);
    }
    if (a.action().equals("trang_thai")) {
      return messages.get("staff.action.trang_thai", status(NeedStatus.stored(a.before())),
          status(NeedStatus.stored(a.after())));
    }
    if (messages.has("staff.action." + a.action())) {
      return messages.get("staff.action." + a.action());
    }
    return a.action() + (a.before() == null && a.after() == null ? "" : " " + before + " → " + after);
  }

  private String status(NeedStatus status) {
    return messages.get("status." + status.code());
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
    parts.addAll(n.otherContacts());
    return parts.isEmpty() ? "—" : String.join(", ", parts);
  }

  private String sector(Need n) {
    return n.card().sector() == null ? "—" : messages.get("sector." + n.card().sector().code());
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }
}
