package vn.ketnoi.staff;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Dates;
import vn.ketnoi.staff.QuestionStore.Question;
import vn.ketnoi.text.Csv;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/**
 * Questions passed to staff: the notice with its "Trả lời" button, /cauhoi, the typed answer that
 * goes back to the business, and the questions CSV of /xuat. The caller ({@link StaffDesk}) has
 * checked the sender against STAFF_IDS already; button data is not trusted here either.
 */
final class QuestionDesk {
  private static final Logger LOG = LoggerFactory.getLogger(QuestionDesk.class);
  /** Button data: "sq:ID" answers a question, "sq:cancel" drops the answer being typed. */
  static final String BUTTON = "sq";
  static final int SHOWN = 10;

  private final QuestionStore store;
  private final StaffDesk.Staff staff;
  private final AuditLog audit;
  private final Messages messages;
  private final Dates dates;

  QuestionDesk(QuestionStore store, StaffDesk.Staff staff, AuditLog audit, Messages messages,
      Dates dates) {
    this.store = store;
    this.staff = staff;
    this.audit = audit;
    this.messages = messages;
    this.dates = dates;
  }

  /** Stores the question and returns the notices: to the staff group, else to each staff member. */
  List<Reply> pass(long userId, long chatId, String text, String asker) {
    Question q = store.save(userId, chatId, text, asker);
    LOG.info("question {} passed to staff from chat {}", q.id(), chatId);
    String notice = messages.get("staff.question_new", q.id(), asker(q), q.text());
    List<Reply.Button> buttons = List.of(answerButton(q));
    List<Reply> notices = new ArrayList<>();
    if (staff.chatId() != null) {
      notices.add(new Reply.Notice(staff.chatId(), notice, buttons));
    } else {
      staff.ids().forEach(id -> notices.add(new Reply.Notice(id, notice, buttons)));
    }
    return notices;
  }

  /** "/cauhoi": open questions, newest first; "/cauhoi tatca": answered ones too. */
  StaffDesk.Outcome list(StaffDesk.Session session, String args) {
    boolean all = Fold.fold(args).replace(" ", "").equals("tatca");
    int total = store.count(all);
    if (total == 0) {
      return new StaffDesk.Outcome(session, List.of(new Reply.Text(messages.get(
          all ? "staff.questions_none_at_all" : "staff.questions_none"))));
    }
    List<Reply> replies = new ArrayList<>();
    String header = messages.get(all ? "staff.questions_all_header" : "staff.questions_header", total);
    if (total > SHOWN) {
      header += " " + messages.get("staff.questions_shown", SHOWN);
    }
    replies.add(new Reply.Text(header));
    for (Question q : store.newestFirst(all, SHOWN)) {
      String line = messages.get("staff.question_line", q.id(), dates.minutes(q.askedAt()), asker(q),
          q.erased() ? messages.get("staff.anonymous") : q.text());
      replies.add(q.answered()
          ? new Reply.Text(line + "\n" + messages.get("staff.question_answer_line",
              dates.minutes(q.answeredAt()), q.answeredBy(), orErased(q.answer())))
          : new Reply.Choice(line, List.of(answerButton(q))));
    }
    return new StaffDesk.Outcome(session, replies);
  }

  /** "Trả lời" pressed: ask for the answer, unless the question is gone, erased or answered. */
  StaffDesk.Outcome press(long userId, StaffDesk.Session session, String arg) {
    if (arg.equals("cancel")) {
      boolean typing = session.pending() instanceof StaffStep.Answer;
      return reply(typing ? session.withPending(null) : session,
          messages.get(typing ? "staff.question_cancelled" : "button.expired"));
    }
    Question q = store.byId(Long.parseLong(arg)).orElse(null);
    String refusal = refusal(q);
    if (refusal != null) {
      return reply(session, refusal);
    }
    return new StaffDesk.Outcome(session.withPending(new StaffStep.Answer(q.id(), userId)), List.of(
        new Reply.Choice(messages.get("staff.question_ask_answer", q.id(), q.text()),
            List.of(new Reply.Button(messages.get("staff.question_cancel"), BUTTON + ":cancel")))));
  }

  /**
   * The typed answer: to the business as a notice, the question marked answered, the audit log
   * told (the question's id, not the answer: the answer may name the business, and only the
   * questions table is cleared by /xoadulieu). In a group only the one who pressed is heard.
   */
  StaffDesk.Outcome answer(long userId, StaffDesk.Session session, StaffStep.Answer step, String text) {
    if (step.staffUserId() != userId) {
      return new StaffDesk.Outcome(session, List.of());
    }
    StaffDesk.Session done = session.withPending(null);
    Question q = store.byId(step.questionId()).orElse(null);
    String refusal = refusal(q);
    if (refusal != null) {
      return reply(done, refusal);
    }
    String answer = text.strip();
    if (!store.answer(q.id(), answer, userId)) {
      return reply(done, refusal(store.byId(q.id()).orElseThrow()));
    }
    audit.record(userId, "tra_loi_cau_hoi", null, null, String.valueOf(q.id()), null);
    LOG.info("question {} answered by staff {}", q.id(), userId);
    return new StaffDesk.Outcome(done, List.of(
        new Reply.Text(messages.get("staff.question_answered", q.id())),
        new Reply.Notice(q.chatId(), messages.get("business.answer", q.text(), answer), List.of())));
  }

  /** Why a question cannot be answered now, or null when it can. */
  private String refusal(Question q) {
    if (q == null) {
      return messages.get("button.expired");
    }
    if (q.answered()) {
      return messages.get("staff.question_already", q.id(), q.answeredBy(), dates.minutes(q.answeredAt()));
    }
    return q.erased() ? messages.get("staff.question_erased", q.id()) : null;
  }

  /** Every question, oldest first, as CSV (UTF-8 with BOM), times local like the needs CSV. */
  void csv(PrintWriter out) {
    out.print('\uFEFF');
    out.print(messages.get("staff.questions_csv_header") + "\r\n");
    for (Question q : store.all()) {
      String status = messages.get(q.answered() ? "staff.question_status_answered" : "staff.question_status_open");
      out.print(String.join(",", Stream.of(q.id(), dates.seconds(q.askedAt()), q.asker(), q.text(),
          status, q.answer(), q.answeredBy(), dates.seconds(q.answeredAt())).map(Csv::cell).toList())
          + "\r\n");
    }
  }

  private Reply.Button answerButton(Question q) {
    return new Reply.Button(messages.get("staff.question_answer"), BUTTON + ":" + q.id());
  }

  private String asker(Question q) {
    if (q.erased()) {
      return messages.get("staff.anonymous");
    }
    return q.asker() == null ? messages.get("staff.question_unknown_asker") : q.asker();
  }

  private String orErased(String text) {
    return text == null ? messages.get("staff.anonymous") : text;
  }

  private static StaffDesk.Outcome reply(StaffDesk.Session session, String text) {
    return new StaffDesk.Outcome(session, List.of(new Reply.Text(text)));
  }
}
