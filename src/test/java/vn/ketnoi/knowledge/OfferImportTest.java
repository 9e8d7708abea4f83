package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(report.rejected().get(1).reason()).contains("columns");
    OfferCsv.Parsed merged = OfferCsv.parse(Files.readString(offers), "offers.csv");
    assertThat(merged.rejected()).isEmpty();
    assertThat(merged.offers()).hasSize(before + 1);
    assertThat(merged.offers()).filteredOn(o -> o.id().equals("OF-900")).singleElement()
        .satisfies(o -> assertThat(o.summary()).contains("\"đường phèn\""));
  }
}
