package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.text.Csv;
import vn.ketnoi.text.Messages;

class OfferImportTest {
  @TempDir Path dir;

  @Test
  void adds_new_ids_updates_known_ones_and_rejects_bad_rows_with_reasons() throws Exception {
    Path offers = dir.resolve("offers.csv");
    Files.copy(Path.of("knowledge/offers.csv"), offers);
    int before = KnowledgeBase.load(Path.of("knowledge")).offers().size();
    String header = String.join(",", OfferCsv.COLUMNS);
    Path sheet = dir.resolve("import.csv");
    Files.writeString(sheet, "\uFEFF" + header + "\n"
        + "OF-900,Máy sấy đường phèn,\"Cơ sở cơ khí, mẫu\",doanh_nghiep,Việt Nam,che_bien_bao_quan,thiet_bi,"
        + "\"[Dữ liệu mẫu] Máy sấy \"\"đường phèn\"\"\",đường phèn;máy sấy,100000000,200000000,thương mại,,,2026-11-23\n"
        + "OF-001,Máy sấy bơm nhiệt (bản mới),Viện mẫu,vien,Việt Nam,che_bien_bao_quan,thiet_bi,"
        + "[Dữ liệu mẫu] Mới,máy sấy,,,thương mại,,,2026-11-23\n"
        + "OF-901,Sai lĩnh vực,Ai đó,doanh_nghiep,Việt Nam,nong_san,thiet_bi,x,y,,,,,,\n"
        + "OF-902,Thiếu cột\n");
    OfferImport.Report report = OfferImport.run(offers, sheet);
    assertThat(report.added()).containsExactly("OF-900");
    assertThat(report.updated()).containsExactly("OF-001");
    assertThat(report.rejected()).extracting(OfferCsv.Rejected::id).containsExactly("OF-901", "OF-902");
    assertThat(report.rejected().get(0).reason()).contains("sector 'nong_san'");
    assertThat(report.rejected().get(1).reason()).contains("cột");
    OfferCsv.Parsed merged = OfferCsv.parse(Files.readString(offers), "offers.csv");
    assertThat(merged.rejected()).isEmpty();
    assertThat(merged.offers()).hasSize(before + 1);
    assertThat(merged.offers()).filteredOn(o -> o.id().equals("OF-900")).singleElement()
        .satisfies(o -> assertThat(o.summary()).contains("\"đường phèn\""));
  }

  /** What Excel saves under a Vietnamese locale: semicolons, a BOM, CRLF, thousands with dots. */
  @Test
  void a_semicolon_separated_sheet_is_imported_and_answered_in_vietnamese() throws Exception {
    Path offers = dir.resolve("offers.csv");
    Files.copy(Path.of("knowledge/offers.csv"), offers);
    String header = String.join(";", OfferCsv.COLUMNS);
    Path sheet = dir.resolve("excel.csv");
    Files.writeString(sheet, "\uFEFF" + header + "\r\n"
        + "OF-910;Lò hơi đốt trấu, 2 tấn/giờ;Cơ sở cơ khí mẫu;doanh_nghiep;Việt Nam;che_bien_bao_quan;"
        + "\"thiet_bi;quy_trinh\";[Dữ liệu mẫu] Lò hơi;lò hơi;\"300.000.000\";\"900.000.000\";thương mại;;;2026-11-23\r\n"
        + "OF-911;Sai lĩnh vực;Ai đó;doanh_nghiep;Việt Nam;nong_san;thiet_bi;x;y;;;;;;\r\n",
        StandardCharsets.UTF_8);

    OfferImport.Report report = OfferImport.run(offers, sheet);

    assertThat(report.added()).containsExactly("OF-910");
    assertThat(report.rejected()).extracting(OfferCsv.Rejected::id).containsExactly("OF-911");
    Offer boiler = OfferCsv.parse(Files.readString(offers), "offers.csv").offers().stream()
        .filter(o -> o.id().equals("OF-910")).findFirst().orElseThrow();
    assertThat(boiler.title()).isEqualTo("Lò hơi đốt trấu, 2 tấn/giờ");
    assertThat(boiler.needTypes()).hasSize(2);
    assertThat(boiler.priceMin()).isEqualTo(300_000_000L);
    assertThat(Csv.separatorOf(Files.readString(offers))).as("the merged file stays comma-separated")
        .isEqualTo(',');

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OfferImport.print(report, Messages.load(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).containsExactly("Đã thêm 1 công nghệ: OF-910", "Đã cập nhật 0 công nghệ",
        "Không nhận 1 dòng", "  Dòng 3 (OF-911): sector 'nong_san' không phải mã hợp lệ; dùng một trong: "
            + String.join(", ", java.util.Arrays.stream(vn.ketnoi.card.Sector.values())
                .map(vn.ketnoi.card.Sector::code).toList()) + ".");
  }

  @Test
  void a_sheet_that_is_not_utf8_is_refused_with_what_to_do() throws Exception {
    Path offers = dir.resolve("offers.csv");
    Files.copy(Path.of("knowledge/offers.csv"), offers);
    Path sheet = dir.resolve("ansi.csv");
    Files.write(sheet, (String.join(",", OfferCsv.COLUMNS) + "\nOF-920,Máy sấy,...\n")
        .getBytes(java.nio.charset.Charset.forName("windows-1258")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfferImport.run(offers, sheet))
        .isInstanceOf(KnowledgeException.class)
        .hasMessageContaining("ansi.csv").hasMessageContaining("CSV UTF-8");
    assertThat(Files.readString(offers)).isEqualTo(Files.readString(Path.of("knowledge/offers.csv")));
  }
}
