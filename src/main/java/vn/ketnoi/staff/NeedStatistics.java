package vn.ketnoi.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.card.Sector;
import vn.ketnoi.need.Codes;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.text.Messages;

/** "/thongke": counts by status, sector, province and local month, as text and as a bar chart. */
final class NeedStatistics {
  private static final List<String> DIMENSIONS = List.of("status", "sector", "province", "month");

  private final NeedSearch search;
  private final AuditLog audit;
  private final Messages messages;

  NeedStatistics(NeedSearch search, AuditLog audit, Messages messages) {
    this.search = search;
    this.audit = audit;
    this.messages = messages;
  }

  StaffDesk.Outcome stats(long userId, StaffDesk.Session session) {
    Map<String, Map<String, Integer>> series = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder(messages.get("staff.stats_header", search.count(NeedSearch.Filter.ALL)));
    for (String dimension : DIMENSIONS) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      // Codes a row could not be read with all count as unknown, together.
      search.countBy(dimension).forEach((k, n) -> counts.merge(label(dimension, k), n, Integer::sum));
      series.put(messages.get("staff.dim." + dimension), counts);
      text.append("\n\n").append(messages.get("staff.dim." + dimension)).append(":");
      counts.forEach((k, n) -> text.append("\n• ").append(k).append(": ").append(n));
    }
    audit.record(userId, "thongke", null, null, null, null);
    byte[] chart = Charts.bars(messages.get("staff.chart_title"), series);
    return new StaffDesk.Outcome(session, List.of(new Reply.Text(text.toString()),
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
}
