package vn.ketnoi.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/** The needs' field_sources column: the JSON of codes it always held, read defensively. */
class FieldSourcesColumnTest {
  @TempDir Path dir;

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
  private static final NeedCard CARD = NeedCard.EMPTY.with(Field.PHONE, "0912345678")
      .with(Field.TITLE, "Máy sấy chè").with(Field.EMAIL, "a@b.vn");

  private static Need saved(NeedStore store) {
    return store.save(new NeedStore.NewNeed("d1", 1, CARD, null,
        Map.of("phone", Source.USER, "title", Source.MODEL), "x", List.of()));
  }

  private static String column(Database db, long id) {
    return Sql.one(db, "SELECT field_sources FROM needs WHERE id = ?", row -> row.getString(1), id)
        .orElseThrow();
  }

  @Test
  void sources_are_stored_as_their_codes_and_a_staff_correction_adds_its_own() {
    try (Database db = Database.open(dir.resolve("n.db"))) {
      NeedStore store = new NeedStore(db, CLOCK, ZoneId.of("Asia/Ho_Chi_Minh"));
      Need need = saved(store);
      assertThat(column(db, need.id())).contains("\"phone\":\"user\"").contains("\"title\":\"model\"");

      store.correct(need.id(), new NeedStore.Correction(CARD.with(Field.EMAIL, "c@d.vn"),
          List.of(Field.EMAIL), null, null));
      assertThat(column(db, need.id())).contains("\"email\":\"staff\"");
      assertThat(store.byId(need.id()).orElseThrow().fieldSources()).containsOnly(
          Map.entry("phone", Source.USER), Map.entry("title", Source.MODEL), Map.entry("email", Source.STAFF));
    }
  }

  @Test
  void a_row_an_older_version_wrote_reads_its_codes_and_reports_one_it_does_not_know() {
    try (Database db = Database.open(dir.resolve("n.db"))) {
      NeedStore store = new NeedStore(db, CLOCK, ZoneId.of("Asia/Ho_Chi_Minh"));
      long id = saved(store).id();
      Sql.update(db, "UPDATE needs SET field_sources = ? WHERE id = ?",
          "{\"phone\":\"rules\",\"email\":\"staff\",\"title\":\"robot\",\"sector\":7}", id);

      Need read = store.byId(id).orElseThrow();
      assertThat(read.fieldSources()).containsOnly(
          Map.entry("phone", Source.RULES), Map.entry("email", Source.STAFF));
      assertThat(read.unreadable()).containsExactly(
          new Need.Unreadable("field_sources", "title=\"robot\""),
          new Need.Unreadable("field_sources", "sector=7"));
    }
  }
}
