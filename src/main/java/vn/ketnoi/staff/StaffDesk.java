package vn.ketnoi.staff;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Field;
import vn.ketnoi.extraction.FieldValues;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.Sector;
import vn.ketnoi.need.Codes;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedExport;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * The staff desk: list, open, move and export needs, statistics. Every command and button checks
 * the sender against STAFF_IDS, every time; anyone else is refused, told nothing, and logged.
 */
public final class StaffDesk {
  private static final Logger LOG = LoggerFactory.getLogger(StaffDesk.class);
  public static final Set<String> COMMANDS = Set.of("ds", "xem", "xuat", "thongke", "sua", "cauhoi", "canbo");
  static final int PAGE = 10;
  private static final Pattern OPTION = Pattern.compile("(\\p{L}+)=(.+?)(?=\\s+\\p{L}+=|$)");

  /** Who is staff, and the staff group if there is one. */
  public record Staff(Set<Long> ids, Long chatId) {
    public Staff {
      ids = Set.copyOf(ids);
    }
  }

  /**
   * What a staff member's chat remembers between messages: a status change waiting for its note,
   * and the current list filter and page.
   */
  public record Session(String pending, String status, String sector, String province, String from,
      String to, int page) {
    public static final Session NONE = new Session(null, null, null, null, null, null, 0);

    Session withPending(String value) {
      return new Session(value, status, sector, province, from, to, page);
    }

    Session withPage(int value) {
      return new Session(pending, status, sector, province, from, to, value);
    }
  }

  /** The desk's answer: the session to keep and the replies. */
  public record Outcome(Session session, List<Reply> replies) {}

  private final Staff staff;
  private final NeedStore needs;
  private final NeedSearch search;
  private final AuditLog audit;
  private final Messages messages;
  private final NeedView view;
  private final vn.ketnoi.knowledge.Matcher matcher;
  private final Provinces provinces;
  private final FieldValues values;
  private final StaffEdit edits;
  private final Dates dates;
  private final QuestionDesk questions;

  /** {@code zone} is the department's time zone (TIME_ZONE): dates shown and filtered are local. */
  public StaffDesk(Staff staff, NeedStore needs, NeedSearch search, AuditLog audit,
      QuestionStore questionStore, Messages messages, vn.ketnoi.knowledge.Matcher matcher,
      Provinces provinces, ZoneId zone) {
    this.staff = staff;
    this.needs = needs;
    this.search = search;
    this.audit = audit;
    this.messages = messages;
    this.dates = new Dates(zone);
    this.view = new NeedView(messages, dates);
    this.matcher = matcher;
    this.provinces = provinces;
    this.values = new FieldValues(provinces, messages);
    this.edits = new StaffEdit(provinces, messages);
    this.questions = new QuestionDesk(questionStore, staff, audit, messages, dates);
  }

  /** The desk's buttons: pages, status changes, their notes, answers to questions. */
  public static boolean isDeskButton(String data) {
    return data.matches("s[psnq]:.*");
  }

  public boolean isStaff(long userId) {
    return staff.ids().contains(userId);
  }

  public boolean isStaffChat(long chatId) {
    return staff.chatId() != null && staff.chatId() == chatId;
  }

  /** A refusal that reveals nothing; logged with who asked. */
  private Outcome refuse(long userId, Session session, String what) {
    LOG.warn("refused staff action {} from user {}", what, userId);
    return new Outcome(session, List.of(new Reply.Text(messages.get("staff.refused"))));
  }

  public Outcome command(long userId, Session session, String name, String args) {
    if (!isStaff(userId)) {
      return refuse(userId, session, "/" + name);
    }
    Session current = session == null ? Session.NONE : session;
    return switch (name) {
      case "ds" -> {
        audit.record(userId, "ds", null, null, null, args.strip());
        yield list(userId, filter(args), 0);
      }
      case "xem" -> open(userId, current, args.strip());
      case "xuat" -> export(userId, current, args);
      case "thongke" -> stats(userId, current);
      case "sua" -> edit(userId, current, args);
      case "cauhoi" -> questions.list(current, args);
      default -> new Outcome(current, List.of(new Reply.Text(messages.get("staff.help"))));
    };
  }

  /**
   * Buttons: "sp:next"/"sp:prev" pages, "ss:ID:STATUS" a status change, "sn:show|hide|none" its
   * note, "sq:ID" answers a question (see {@link QuestionDesk}). Button data is not trusted:
   * what does not parse is an expired button.
   */
  public Outcome press(long userId, Session session, String data) {
    if (!isStaff(userId)) {
      return refuse(userId, session, data);
    }
    Session current = session == null ? Session.NONE : session;
    String[] parts = data.split(":");
    try {
      return switch (parts[0]) {
        case "sp" -> list(userId, current, current.page() + (parts[1].equals("next") ? 1 : -1));
        case "ss" -> askNote(current, Long.parseLong(parts[1]), NeedStatus.ofCode(parts[2]));
        case "sn" -> finishStatus(userId, current, parts[1]);
        case QuestionDesk.BUTTON -> questions.press(userId, current, parts.length == 2 ? parts[1] : "");
        default -> expired(current);
      };
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return expired(current);
    }
  }

  private Outcome expired(Session session) {
    return new Outcome(session, List.of(new Reply.Text(messages.get("button.expired"))));
  }

  /** A text while a status change waits for its note, or a question for its answer. */
  public boolean waitsForText(Session session) {
    return session != null && session.pending() != null && session.pending().startsWith("note:")
        || QuestionDesk.waitsForAnswer(session);
  }

  public Outcome text(long userId, Session session, String text) {
    if (!isStaff(userId)) {
      return refuse(userId, session, "note");
    }
    if (QuestionDesk.waitsForAnswer(session)) {
      return questions.answer(userId, session, text);
    }
    String[] p = session.pending().split(":", 3);
    String pending = "visible:" + p[1] + ":" + p[2] + ":" + text.strip();
    return new Outcome(session.withPending(pending), List.of(new Reply.Choice(
        messages.get("staff.note_visible"),
        List.of(new Reply.Button(messages.get("staff.note_show"), "sn:show"),
            new Reply.Button(messages.get("staff.note_hide"), "sn:hide")))));
  }

  /** The notices for a new need: to the staff group, else to each staff member. */
  public List<Reply> newNeed(Need need, String matchesLine) {
    String text = messages.get("staff.new_need", view.oneLine(need), matchesLine);
    List<Reply.Button> buttons = statusButtons(need);
    List<Reply> notices = new ArrayList<>();
    if (staff.chatId() != null) {
      notices.add(new Reply.Notice(staff.chatId(), text, buttons));
    } else {
      staff.ids().forEach(id -> notices.add(new Reply.Notice(id, text, buttons)));
    }
    return notices;
  }

  /**
   * A question the business passed to staff: stored, and the notices with a "Trả lời" button, to
   * the staff group or each staff member. {@code asker} is who they are, if known, else null.
   */
  public List<Reply> newQuestion(long userId, long chatId, String text, String asker) {
    return questions.pass(userId, chatId, text, asker);
  }

  private Outcome list(long userId, Session filter, int page) {
    NeedSearch.Filter f = toFilter(filter);
    if (f == null) {
      return new Outcome(Session.NONE, List.of(new Reply.Text(messages.get("staff.bad_filter"))));
    }
    int total = search.count(f);
    int pages = Math.max(1, (total + PAGE - 1) / PAGE);
    int shown = Math.max(0, Math.min(page, pages - 1));
    List<Need> found = search.find(f, shown * PAGE, PAGE);
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("staff.list_header", total, shown + 1, pages));
    found.forEach(n -> lines.add(view.listLine(n)));
    List<Reply.Button> buttons = new ArrayList<>();
    if (shown > 0) {
      buttons.add(new Reply.Button(messages.get("staff.prev"), "sp:prev"));
    }
    if (shown < pages - 1) {
      buttons.add(new Reply.Button(messages.get("staff.next"), "sp:next"));
    }
    Reply reply = buttons.isEmpty() ? new Reply.Text(String.join("\n", lines))
        : new Reply.Choice(String.join("\n", lines), buttons);
    return new Outcome(filter.withPage(shown).withPending(null), List.of(reply));
  }

  private Outcome open(long userId, Session session, String code) {
    Need need = needs.byCode(code.toUpperCase(Locale.ROOT)).orElse(null);
    if (need == null) {
      return new Outcome(session, List.of(new Reply.Text(messages.get("staff.not_found", code))));
    }
    audit.record(userId, "xem", need.id(), null, null, null);
    String matches = String.join(", ", matcher.match(need.card(), need.sourceText()).offers().stream()
        .limit(5).map(m -> m.offer().id() + " " + m.offer().title()).toList());
    String text = view.full(need, matches, needs.history(need.id()), audit.actions(need.id()));
    List<Reply.Button> buttons = statusButtons(need);
    return new Outcome(session, List.of(buttons.isEmpty() ? new Reply.Text(text)
        : new Reply.Choice(text, buttons)));
  }

  private List<Reply.Button> statusButtons(Need need) {
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

  private Outcome askNote(Session session, long needId, NeedStatus to) {
    Need need = needs.byId(needId).orElse(null);
    if (need == null || !next(need.status()).contains(to)) {
      return new Outcome(session, List.of(new Reply.Text(messages.get("button.expired"))));
    }
    return new Outcome(session.withPending("note:" + needId + ":" + to.code()), List.of(
        new Reply.Choice(messages.get("staff.ask_note", need.code(), messages.get("status." + to.code())),
            List.of(new Reply.Button(messages.get("staff.no_note"), "sn:none")))));
  }

  private Outcome finishStatus(long userId, Session session, String choice) {
    String pending = session.pending();
    if (pending == null) {
      return new Outcome(session, List.of(new Reply.Text(messages.get("button.expired"))));
    }
    String[] p = pending.split(":", 4);
    long needId = Long.parseLong(p[1]);
    NeedStatus to = NeedStatus.ofCode(p[2]);
    String note = p[0].equals("visible") ? p[3] : null;
    boolean visible = note != null && choice.equals("show");
    Need need = needs.byId(needId).orElse(null);
    if (need == null || !next(need.status()).contains(to)) {
      return new Outcome(session.withPending(null), List.of(new Reply.Text(messages.get("button.expired"))));
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
    return new Outcome(session.withPending(null), replies);
  }

  /** "/sua NC-2026-0001 linhvuc che_bien_bao_quan": see {@link StaffEdit}. */
  private Outcome edit(long userId, Session session, String args) {
    String[] p = args.strip().split("\\s+", 2);
    if (p[0].isEmpty()) {
      return reply(session, messages.get("staff.edit_usage", edits.fieldList()));
    }
    Need need = needs.byCode(p[0].toUpperCase(Locale.ROOT)).orElse(null);
    if (need == null) {
      return reply(session, messages.get("staff.not_found", p[0]));
    }
    StaffEdit.Result result = edits.apply(need, p.length > 1 ? p[1] : "");
    if (result instanceof StaffEdit.Refusal refusal) {
      return reply(session, refusal.text());
    }
    StaffEdit.Change change = (StaffEdit.Change) result;
    needs.correct(need.id(), change.correction());
    audit.record(userId, "sua:" + change.target().key(), need.id(), change.before(), change.after(), null);
    return reply(session, messages.get("staff.edited", need.code(),
        messages.get("field." + change.target().key()), orDash(change.before()), orDash(change.after())));
  }

  private static Outcome reply(Session session, String text) {
    return new Outcome(session, List.of(new Reply.Text(text)));
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }

  private Outcome export(long userId, Session session, String args) {
    String[] days = args.strip().isEmpty() ? new String[0] : args.strip().split("\\s+");
    NeedSearch.Filter filter;
    try {
      filter = new NeedSearch.Filter(null, null, null,
          days.length > 0 ? LocalDate.parse(days[0]) : null,
          days.length > 1 ? LocalDate.parse(days[1]) : null);
    } catch (java.time.format.DateTimeParseException e) {
      return new Outcome(session, List.of(new Reply.Text(messages.get("staff.export_usage"))));
    }
    List<Need> found = search.find(filter, 0, Integer.MAX_VALUE);
    java.util.Collections.reverse(found);
    NeedExport export = new NeedExport(messages, dates.zone());
    audit.record(userId, "xuat", null, null, String.valueOf(found.size()), args.strip());
    String stamp = LocalDate.now(dates.zone()).toString();
    return new Outcome(session, List.of(
        new Reply.Document("nhu-cau-" + stamp + ".csv", write(w -> export.csv(found, w)),
            messages.get("staff.export_csv", found.size())),
        new Reply.Document("nhu-cau-" + stamp + ".jsonl", write(w -> export.jsonl(found, w)),
            messages.get("staff.export_jsonl")),
        new Reply.Document("nhat-ky-can-bo-" + stamp + ".csv", write(this::auditCsv),
            messages.get("staff.export_audit")),
        new Reply.Document("cau-hoi-" + stamp + ".csv", write(questions::csv),
            messages.get("staff.export_questions"))));
  }

  /** The audit log as CSV (UTF-8 with BOM), every action since the start, in local time. */
  private void auditCsv(PrintWriter out) {
    out.print('\uFEFF');
    out.print("Thời điểm,Cán bộ,Thao tác,Mã nhu cầu (id),Trước,Sau,Ghi chú\r\n");
    for (AuditLog.Action a : audit.actions(null)) {
      out.print(String.join(",", java.util.stream.Stream.of(dates.seconds(a.at()), a.staffUserId(), a.action(),
          a.needId(), a.before(), a.after(), a.note()).map(vn.ketnoi.text.Csv::cell).toList()) + "\r\n");
    }
  }

  private static byte[] write(java.util.function.Consumer<PrintWriter> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    body.accept(writer);
    writer.flush();
    return bytes.toByteArray();
  }

  private Outcome stats(long userId, Session session) {
    Map<String, Map<String, Integer>> series = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder(messages.get("staff.stats_header", search.count(NeedSearch.Filter.ALL)));
    for (String dimension : List.of("status", "sector", "province", "month")) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      // Codes a row could not be read with all count as unknown, together.
      search.countBy(dimension).forEach((k, n) -> counts.merge(label(dimension, k), n, Integer::sum));
      series.put(messages.get("staff.dim." + dimension), counts);
      text.append("\n\n").append(messages.get("staff.dim." + dimension)).append(":");
      counts.forEach((k, n) -> text.append("\n• ").append(k).append(": ").append(n));
    }
    audit.record(userId, "thongke", null, null, null, null);
    byte[] chart = Charts.bars(messages.get("staff.chart_title"), series);
    return new Outcome(session, List.of(new Reply.Text(text.toString()),
        new Reply.Image("thong-ke.png", chart, messages.get("staff.chart_title"))));
  }

  private String label(String dimension, String key) {
    if (key == null || key.isEmpty()) {
      return messages.get("staff.unknown");
    }
    return switch (dimension) {
      case "status" -> messages.get("status." + NeedStatus.stored(key).code());
      case "sector" -> Codes.parse(Sector.class, key).map(s -> messages.get("sector." + s.code()))
          .orElse(messages.get("staff.unknown"));
      default -> key;
    };
  }

  /** "/ds trangthai=moi linhvuc=che_bien_bao_quan tinh=An Giang tu=2026-11-01 den=2026-11-30" */
  private Session filter(String args) {
    Map<String, String> options = new LinkedHashMap<>();
    Matcher m = OPTION.matcher(args.strip());
    while (m.find()) {
      options.put(vn.ketnoi.text.Fold.fold(m.group(1)), m.group(2).strip());
    }
    String status = options.getOrDefault("trangthai", options.get("tt"));
    return new Session(null, status == null ? null : status.toLowerCase(Locale.ROOT),
        options.getOrDefault("linhvuc", options.get("lv")), options.get("tinh"),
        options.get("tu"), options.get("den"), 0);
  }

  /**
   * The filter, or null when a value is not understood. A sector is read like a /sua value (code
   * or name), a province as the business would name it; dates are local dates.
   */
  private NeedSearch.Filter toFilter(Session s) {
    try {
      Sector sector = null;
      if (s.sector() != null) {
        FieldValues.Reading read = values.read(Field.SECTOR, s.sector());
        if (!(read instanceof FieldValues.Value v)) {
          return null;
        }
        sector = (Sector) v.value();
      }
      String province = s.province() == null ? null : provinces.parseAnswer(s.province());
      return new NeedSearch.Filter(
          s.status() == null ? null : NeedStatus.ofCode(s.status()),
          sector,
          province != null ? province : s.province(),
          s.from() == null ? null : LocalDate.parse(s.from()),
          s.to() == null ? null : LocalDate.parse(s.to()));
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
