package vn.ketnoi.staff;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.knowledge.Matching;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * The staff desk: list, open, move and export needs, statistics. Every command and button checks
 * the sender against STAFF_IDS, every time; anyone else is refused, told nothing, and logged. The
 * work itself is done by {@link NeedList}, {@link StatusWorkflow}, {@link StaffExport},
 * {@link NeedStatistics}, {@link StaffEdit} and {@link QuestionDesk}.
 */
public final class StaffDesk {
  private static final Logger LOG = LoggerFactory.getLogger(StaffDesk.class);
  public static final Set<String> COMMANDS = Set.of("ds", "xem", "xuat", "thongke", "sua", "cauhoi", "canbo",
      "tainap");

  /**
   * /tainap: a reload of the knowledge folder, done off this turn; {@code replyTo} hears how it
   * went. False when there is no folder to reload (the sample copy in the jar).
   */
  @FunctionalInterface
  public interface Reload {
    boolean request(long replyTo);
  }

  /** Who is staff, and the staff group if there is one. */
  public record Staff(Set<Long> ids, Long chatId) {
    public Staff {
      ids = Set.copyOf(ids);
    }
  }

  /**
   * What a staff member's chat remembers between messages: the step it waits for (a status
   * change's note, an answer to a question), and the current list filter and page.
   */
  public record Session(StaffStep pending, String status, String sector, String province, String from,
      String to, int page) {
    public static final Session NONE = new Session(null, null, null, null, null, null, 0);

    /** Reads the stored JSON; a pending step an older version wrote as a string still reads. */
    @JsonCreator
    static Session stored(@JsonProperty("pending") JsonNode pending, @JsonProperty("status") String status,
        @JsonProperty("sector") String sector, @JsonProperty("province") String province,
        @JsonProperty("from") String from, @JsonProperty("to") String to, @JsonProperty("page") int page) {
      return new Session(StaffStep.read(pending), status, sector, province, from, to, page);
    }

    Session withPending(StaffStep value) {
      return new Session(value, status, sector, province, from, to, page);
    }

    Session withPage(int value) {
      return new Session(pending, status, sector, province, from, to, value);
    }
  }

  /** The desk's answer: the session to keep and the replies. */
  public record Outcome(Session session, List<Reply> replies) {
    static Outcome text(Session session, String text) {
      return new Outcome(session, List.of(new Reply.Text(text)));
    }
  }

  private final Staff staff;
  private final NeedStore needs;
  private final AuditLog audit;
  private final Messages messages;
  private final NeedView view;
  private final Matching matcher;
  private final Reload reload;
  private final StaffEdit edits;
  private final NeedList list;
  private final StatusWorkflow workflow;
  private final StaffExport export;
  private final NeedStatistics statistics;
  private final QuestionDesk questions;

  /** {@code zone} is the department's time zone (TIME_ZONE): dates shown and filtered are local. */
  public StaffDesk(Staff staff, NeedStore needs, NeedSearch search, AuditLog audit,
      QuestionStore questionStore, Messages messages, Matching matcher,
      Provinces provinces, ZoneId zone, Reload reload) {
    Dates dates = new Dates(zone);
    this.staff = staff;
    this.needs = needs;
    this.audit = audit;
    this.messages = messages;
    this.view = new NeedView(messages, dates, provinces);
    this.matcher = matcher;
    this.reload = reload;
    this.edits = new StaffEdit(provinces, messages);
    this.list = new NeedList(search, view, messages, provinces);
    this.workflow = new StatusWorkflow(needs, audit, messages);
    this.questions = new QuestionDesk(questionStore, staff, audit, messages, dates);
    this.export = new StaffExport(search, audit, questions, messages, dates);
    this.statistics = new NeedStatistics(search, audit, messages);
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
    return Outcome.text(session, messages.get("staff.refused"));
  }

  public Outcome command(long userId, Session session, String name, String args) {
    if (!isStaff(userId)) {
      return refuse(userId, session, "/" + name);
    }
    Session current = session == null ? Session.NONE : session;
    return switch (name) {
      case "ds" -> {
        audit.record(userId, "ds", null, null, null, args.strip());
        yield list.page(NeedList.filter(args), 0);
      }
      case "xem" -> open(userId, current, args.strip());
      case "xuat" -> export.export(userId, current, args);
      case "thongke" -> statistics.stats(userId, current);
      case "sua" -> edit(userId, current, args);
      case "cauhoi" -> questions.list(current, args);
      case "tainap" -> reload(userId, current);
      default -> Outcome.text(current, messages.get("staff.help"));
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
        case "sp" -> list.page(current, current.page() + (parts[1].equals("next") ? 1 : -1));
        case "ss" -> workflow.askNote(current, Long.parseLong(parts[1]), NeedStatus.ofCode(parts[2]));
        case "sn" -> workflow.finish(userId, current, parts[1]);
        case QuestionDesk.BUTTON -> questions.press(userId, current, parts.length == 2 ? parts[1] : "");
        default -> expired(current);
      };
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return expired(current);
    }
  }

  private Outcome expired(Session session) {
    return Outcome.text(session, messages.get("button.expired"));
  }

  /** A text while a status change waits for its note, or a question for its answer. */
  public boolean waitsForText(Session session) {
    return session != null
        && (session.pending() instanceof StaffStep.Note || session.pending() instanceof StaffStep.Answer);
  }

  public Outcome text(long userId, Session session, String text) {
    if (!isStaff(userId)) {
      return refuse(userId, session, "note");
    }
    if (session.pending() instanceof StaffStep.Answer answer) {
      return questions.answer(userId, session, answer, text);
    }
    return workflow.takeNote(session, (StaffStep.Note) session.pending(), text);
  }

  /** The notices for a new need: to the staff group, else to each staff member. */
  public List<Reply> newNeed(Need need, String matchesLine) {
    String text = messages.get("staff.new_need", view.oneLine(need), matchesLine);
    List<Reply.Button> buttons = workflow.buttons(need);
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

  private Outcome open(long userId, Session session, String code) {
    Need need = needs.byCode(code.toUpperCase(Locale.ROOT)).orElse(null);
    if (need == null) {
      return Outcome.text(session, messages.get("staff.not_found", code));
    }
    audit.record(userId, "xem", need.id(), null, null, null);
    String matches = String.join(", ", matcher.match(need.card(), need.sourceText()).offers().stream()
        .limit(5).map(m -> m.offer().id() + " " + m.offer().title()).toList());
    String text = view.full(need, matches, needs.history(need.id()), audit.actions(need.id()));
    List<Reply.Button> buttons = workflow.buttons(need);
    return new Outcome(session, List.of(buttons.isEmpty() ? new Reply.Text(text)
        : new Reply.Choice(text, buttons)));
  }

  /** The answer comes later, to the staff group when there is one, else to whoever asked. */
  private Outcome reload(long userId, Session session) {
    audit.record(userId, "tainap", null, null, null, null);
    boolean started = reload.request(staff.chatId() != null ? staff.chatId() : userId);
    return Outcome.text(session, messages.get(started ? "reload.started" : "reload.bundled"));
  }

  /** "/sua NC-2026-0001 linhvuc che_bien_bao_quan": see {@link StaffEdit}. */
  private Outcome edit(long userId, Session session, String args) {
    String[] p = args.strip().split("\\s+", 2);
    if (p[0].isEmpty()) {
      return Outcome.text(session, messages.get("staff.edit_usage", edits.fieldList()));
    }
    Need need = needs.byCode(p[0].toUpperCase(Locale.ROOT)).orElse(null);
    if (need == null) {
      return Outcome.text(session, messages.get("staff.not_found", p[0]));
    }
    StaffEdit.Result result = edits.apply(need, p.length > 1 ? p[1] : "");
    if (result instanceof StaffEdit.Refusal refusal) {
      return Outcome.text(session, refusal.text());
    }
    StaffEdit.Change change = (StaffEdit.Change) result;
    needs.correct(need.id(), change.correction());
    audit.record(userId, "sua:" + change.target().key(), need.id(), change.before(), change.after(), null);
    return Outcome.text(session, messages.get("staff.edited", need.code(),
        messages.get("field." + change.target().key()), orDash(change.before()), orDash(change.after())));
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }
}
