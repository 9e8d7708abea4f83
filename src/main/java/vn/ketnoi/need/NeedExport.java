package vn.ketnoi.need;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.text.Csv;
import vn.ketnoi.text.Messages;

/**
 * Needs for reports: JSONL with the need-card keys (need-card.md), and CSV with Vietnamese headers,
 * UTF-8 with a byte-order mark so Excel opens it with the right characters. Dates are local
 * (TIME_ZONE) to the second: ISO-8601 with the offset in JSONL, "2026-11-30 15:05:49" in the CSV.
 * A value a row could not be read with is empty (see {@link NeedRows}).
 */
public final class NeedExport {
  private final Messages messages;
  private final Dates dates;

  public NeedExport(Messages messages, java.time.ZoneId zone) {
    this.messages = messages;
    this.dates = new Dates(zone);
  }

  public void jsonl(List<Need> needs, PrintWriter out) {
    for (Need n : needs) {
      ObjectNode row = Json.MAPPER.createObjectNode();
      row.put("id", n.id());
      row.put("code", n.code());
      row.put("status", n.status().code());
      row.put("created_at", dates.iso(n.createdAt()));
      if (n.telegramUserId() == null) {
        row.putNull("telegram_user_id");
      } else {
        row.put("telegram_user_id", n.telegramUserId());
      }
      row.setAll((ObjectNode) Json.MAPPER.valueToTree(n.card()));
      row.put("province_current", n.provinceCurrent());
      row.set("other_contacts", Json.MAPPER.valueToTree(n.otherContacts()));
      row.put("source_text", n.sourceText());
      try {
        out.println(Json.MAPPER.writeValueAsString(row));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    out.flush();
  }

  private record Column(String header, Function<Need, Object> value) {}

  private List<Column> columns() {
    List<Column> c = new ArrayList<>();
    c.add(new Column("Mã nhu cầu", Need::code));
    c.add(new Column("Trạng thái", n -> messages.get("status." + n.status().code())));
    c.add(new Column("Ngày tạo", n -> dates.seconds(n.createdAt())));
    c.add(new Column("Doanh nghiệp", n -> n.card().companyName()));
    c.add(new Column("Người liên hệ", n -> n.card().contactName()));
    c.add(new Column("Điện thoại", n -> n.card().phone()));
    c.add(new Column("Email", n -> n.card().email()));
    c.add(new Column("Liên hệ khác", n -> String.join("; ", n.otherContacts())));
    c.add(new Column("Tỉnh/thành (như doanh nghiệp khai)", n -> n.card().province()));
    c.add(new Column("Tỉnh/thành (hiện nay)", Need::provinceCurrent));
    c.add(new Column("Lĩnh vực", n -> label("sector.", n.card().sector() == null ? null : n.card().sector().code())));
    c.add(new Column("Loại nhu cầu", n -> label("need_type.", n.card().needType() == null ? null : n.card().needType().code())));
    c.add(new Column("Nội dung nhu cầu", n -> n.card().title()));
    c.add(new Column("Mô tả", n -> n.card().description()));
    c.add(new Column("Xuất xứ công nghệ", n -> label("origin_scope.", n.card().originScope() == null ? null : n.card().originScope().code())));
    c.add(new Column("Quốc gia mong muốn", n -> String.join("; ", n.card().originCountries())));
    c.add(new Column("Kinh phí tối thiểu (đồng)", n -> n.card().budgetVndMin()));
    c.add(new Column("Kinh phí tối đa (đồng)", n -> n.card().budgetVndMax()));
    c.add(new Column("Thời gian", n -> n.card().timeline()));
    c.add(new Column("Mong Sở hỗ trợ", n -> String.join("; ",
        n.card().supportWanted().stream().map(s -> messages.get("support." + s.code())).toList())));
    c.add(new Column("Số lao động", n -> n.card().employees()));
    c.add(new Column("Sản phẩm", n -> String.join("; ", n.card().products())));
    c.add(new Column("Telegram ID", Need::telegramUserId));
    c.add(new Column("Tin nhắn của doanh nghiệp", Need::sourceText));
    return c;
  }

  public void csv(List<Need> needs, PrintWriter out) {
    List<Column> columns = columns();
    out.print('\uFEFF');
    out.print(String.join(",", columns.stream().map(col -> Csv.cell(col.header())).toList()) + "\r\n");
    for (Need n : needs) {
      out.print(String.join(",", columns.stream().map(col -> Csv.cell(col.value().apply(n))).toList())
          + "\r\n");
    }
    out.flush();
  }

  private String label(String prefix, String code) {
    return code == null ? null : messages.get(prefix + code);
  }
}
