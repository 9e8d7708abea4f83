package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.LiveKnowledge;
import vn.ketnoi.knowledge.Offer;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
import vn.ketnoi.text.Messages;

/** New fits after a reload, told to staff once; never recorded as told when nobody was. */
class ReloadNoticesTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Offer DRYER = new Offer("OF-901", "Máy sấy lạnh trái cây bơm nhiệt", "Viện Cơ điện",
      "vien", Offer.DOMESTIC, Sector.CHE_BIEN_BAO_QUAN, List.of(NeedType.THIET_BI),
      "Máy sấy lạnh trái cây bằng bơm nhiệt, giữ màu và vitamin, 500 kg mỗi mẻ.", List.of(),
      200_000_000L, 600_000_000L, "thương mại", "Liên hệ qua Sở", "", "2026-11-30");

  @TempDir Path dir;

  @Test
  void with_no_staff_to_tell_no_fit_is_recorded_as_told_and_with_staff_it_is_told_once() {
    try (Database db = Database.open(dir.resolve("n.db"))) {
      NeedCard card = NeedCard.EMPTY.withDescription("HTX cần máy sấy lạnh trái cây bơm nhiệt, giữ màu và vitamin.");
      new NeedStore(db, Clock.systemUTC(), ZONE).save(new NeedStore.NewNeed("d1", 7, card, "Tiền Giang",
          Map.of(), card.description(), List.of()));
      KnowledgeBase before = knowledge(List.of());
      KnowledgeBase after = knowledge(List.of(DRYER));
      List<Reply> posted = new ArrayList<>();
      try (LiveKnowledge live = new LiveKnowledge(after, Messages.load())) {
        notices(db, live, new StaffDesk.Staff(Set.of(), null), posted).reloaded(before, after, null);
        assertThat(posted).isEmpty();
        assertThat(told(db)).as("nobody was told").isZero();

        notices(db, live, new StaffDesk.Staff(Set.of(900L), null), posted).reloaded(before, after, null);
        notices(db, live, new StaffDesk.Staff(Set.of(900L), null), posted).reloaded(before, after, null);
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).text()).contains("OF-901");
        assertThat(told(db)).isEqualTo(1);
      }
    }
  }

  private static ReloadNotices notices(Database db, LiveKnowledge live, StaffDesk.Staff staff, List<Reply> posted) {
    return new ReloadNotices(db, new NeedSearch(db, ZONE), live, staff, Messages.load(), Clock.systemUTC(),
        posted::addAll);
  }

  private static KnowledgeBase knowledge(List<Offer> offers) {
    return new KnowledgeBase(offers, List.of(), List.of(), List.of());
  }

  private static long told(Database db) {
    return Sql.one(db, "SELECT COUNT(*) FROM offer_notices", row -> row.getLong(1)).orElseThrow();
  }
}
