package vn.ketnoi.staff;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedExport;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.text.Csv;
import vn.ketnoi.text.Messages;

/** "/xuat [tu] [den]": the needs as CSV and JSONL, the audit log and the questions as CSV. */
final class StaffExport {
  private final NeedSearch search;
  private final AuditLog audit;
  private final QuestionDesk questions;
  private final Messages messages;
  private final Dates dates;

  StaffExport(NeedSearch search, AuditLog audit, QuestionDesk questions, Messages messages,
      Dates dates) {
    this.search = search;
    this.audit = audit;
    this.questions = questions;
    this.messages = messages;
    this.dates = dates;
  }

  StaffDesk.Outcome export(long userId, StaffDesk.Session session, String args) {
    String[] days = args.strip().isEmpty() ? new String[0] : args.strip().split("\\s+");
    NeedSearch.Filter filter;
    try {
      filter = new NeedSearch.Filter(null, null, null,
          days.length > 0 ? LocalDate.parse(days[0]) : null,
          days.length > 1 ? LocalDate.parse(days[1]) : null);
    } catch (DateTimeParseException e) {
      return new StaffDesk.Outcome(session, List.of(new Reply.Text(messages.get("staff.export_usage"))));
    }
    List<Need> found = search.find(filter, 0, Integer.MAX_VALUE);
    Collections.reverse(found);
    NeedExport export = new NeedExport(messages, dates.zone());
    audit.record(userId, "xuat", null, null, String.valueOf(found.size()), args.strip());
    String stamp = LocalDate.now(dates.zone()).toString();
    return new StaffDesk.Outcome(session, List.of(
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
      out.print(String.join(",", Stream.of(dates.seconds(a.at()), a.staffUserId(), a.action(),
          a.needId(), a.before(), a.after(), a.note()).map(Csv::cell).toList()) + "\r\n");
    }
  }

  private static byte[] write(Consumer<PrintWriter> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    body.accept(writer);
    writer.flush();
    return bytes.toByteArray();
  }
}
