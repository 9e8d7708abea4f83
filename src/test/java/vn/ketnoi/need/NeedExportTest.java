package vn.ketnoi.need;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Support;
import vn.ketnoi.storage.Database;
import vn.ketnoi.text.Csv;
import vn.ketnoi.text.Messages;
import vn.ketnoi.card.Source;

public class NeedExportTest {
  @TempDir Path dir;

  private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
  private static final NeedCard CARD =
      new NeedCard("Công ty \"A&B\", chi nhánh 1", "Nguyễn Văn A", "0912345678", "a@b.vn",
          "Kiên Giang", Sector.CHE_BIEN_BAO_QUAN, NeedType.THIET_BI, "=máy sấy",
          "dòng 1\ndòng 2", OriginScope.NUOC_NGOAI, List.of("Nhật Bản"), 1_000_000_000L,
          2_000_000_000L, null, List.of(Support.TAI_CHINH, Support.KET_NOI), 40, List.of());

  private List<Need> saved(int count) {
    Database db = Database.open(dir.resolve("export.db"));
    NeedStore store = new NeedStore(db, CLOCK, VIETNAM);
    for (int i = 0; i < count; i++) {
      store.save(new NeedStore.NewNeed("draft-" + i, 100 + i, CARD, "An Giang",
          Map.of("phone", Source.RULES), "tin nhắn " + i, List.of()));
    }
    List<Need> all = store.all();
    db.close();
    return all;
  }

  @Test
  void codes_run_per_year_and_a_draft_saves_once() {
    try (Database db = Database.open(dir.resolve("codes.db"))) {
      NeedStore store = new NeedStore(db, CLOCK, VIETNAM);
      Need first = store.save(new NeedStore.NewNeed("d1", 1, CARD, "An Giang", Map.of(), "x", List.of()));
      Need again = store.save(new NeedStore.NewNeed("d1", 1, CARD, "An Giang", Map.of(), "x", List.of()));
      Need second = store.save(new NeedStore.NewNeed("d2", 1, CARD, "An Giang", Map.of(), "x", List.of()));
      assertThat(first.code()).isEqualTo("NC-2026-0001");
      assertThat(again.id()).isEqualTo(first.id());
      assertThat(second.code()).isEqualTo("NC-2026-0002");
      assertThat(store.byCode("NC-2026-0002")).isPresent();
    }
  }

  @Test
  void jsonl_has_every_card_key_and_the_record_keys() throws Exception {
    StringWriter out = new StringWriter();
    new NeedExport(Messages.load(), VIETNAM).jsonl(saved(2), new PrintWriter(out));
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode row = Json.MAPPER.readTree(lines[0]);
    assertThat(row.fieldNames()).toIterable().contains("id", "code", "status", "created_at",
        "telegram_user_id", "source_text", "company_name", "contact_name", "phone", "email",
        "province", "sector", "need_type", "title", "description", "origin_scope",
        "origin_countries", "budget_vnd_min", "budget_vnd_max", "timeline", "support_wanted",
        "employees", "products");
    assertThat(row.get("code").asText()).isEqualTo("NC-2026-0001");
    assertThat(row.get("status").asText()).isEqualTo("moi");
    assertThat(row.get("telegram_user_id").asLong()).isEqualTo(100);
    assertThat(row.get("sector").asText()).isEqualTo("che_bien_bao_quan");
    assertThat(row.get("support_wanted").toString()).isEqualTo("[\"tai_chinh\",\"ket_noi\"]");
    assertThat(row.get("created_at").asText()).isEqualTo("2026-03-01T09:00:00+07:00");
  }

  @Test
  void csv_has_a_bom_vietnamese_headers_and_survives_commas_quotes_and_line_breaks() {
    StringWriter out = new StringWriter();
    new NeedExport(Messages.load(), VIETNAM).csv(saved(3), new PrintWriter(out));
    String csv = out.toString();
    assertThat(csv).startsWith("\uFEFFMã nhu cầu,Trạng thái,");
    List<List<String>> rows = parseCsv(csv.substring(1));
    assertThat(rows).hasSize(4);
    List<String> header = rows.get(0);
    List<String> first = rows.get(1);
    assertThat(first.get(header.indexOf("Doanh nghiệp"))).isEqualTo("Công ty \"A&B\", chi nhánh 1");
    assertThat(first.get(header.indexOf("Mô tả"))).isEqualTo("dòng 1\ndòng 2");
    assertThat(first.get(header.indexOf("Nội dung nhu cầu"))).isEqualTo("'=máy sấy");
    assertThat(first.get(header.indexOf("Tỉnh/thành (hiện nay)"))).isEqualTo("An Giang");
    assertThat(first.get(header.indexOf("Trạng thái"))).isEqualTo("Mới");
  }

  @Test
  void csv_dates_are_local_to_the_second_in_the_configured_zone() {
    List<Need> needs = saved(1);
    StringWriter vietnam = new StringWriter();
    new NeedExport(Messages.load(), VIETNAM).csv(needs, new PrintWriter(vietnam));
    StringWriter berlin = new StringWriter();
    new NeedExport(Messages.load(), java.time.ZoneId.of("Europe/Berlin")).csv(needs, new PrintWriter(berlin));
    int created = parseCsv(vietnam.toString().substring(1)).get(0).indexOf("Ngày tạo");
    assertThat(parseCsv(vietnam.toString().substring(1)).get(1).get(created)).isEqualTo("2026-03-01 09:00:00");
    assertThat(parseCsv(berlin.toString().substring(1)).get(1).get(created)).isEqualTo("2026-03-01 03:00:00");
  }

  /** The CSV as rows of cells, read by the project's RFC 4180 reader (tested in CsvTest). */
  public static List<List<String>> parseCsv(String text) {
    return Csv.parse(text).stream().map(Csv.Row::cells).toList();
  }
}
