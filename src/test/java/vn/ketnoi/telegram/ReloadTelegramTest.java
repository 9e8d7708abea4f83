package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.Main;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.config.Config;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.OfferCsv;
import vn.ketnoi.knowledge.OfferImportCommand;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.storage.Sql;

/**
 * The running bot on its own knowledge folder (a copy of knowledge/ in a temporary folder, polled
 * every 50 ms) and the stand-in Bot API: an import, a staff /tainap, a broken file.
 */
class ReloadTelegramTest {
  private static final long STAFF = 900;
  private static final long BUSINESS = 42;
  private static final String SHRIMP_TITLE = "Hệ thống nuôi tôm thẻ chân trắng tuần hoàn trong nhà kính";
  private static final String SHRIMP_PROVIDER = "Viện nghiên cứu nuôi trồng thủy sản (mẫu)";

  @TempDir Path dir;
  private Path knowledge;
  private Path database;

  @BeforeEach
  void copy_the_knowledge_folder() throws IOException {
    knowledge = Files.createDirectory(dir.resolve("knowledge"));
    database = dir.resolve("k.db");
    try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, knowledge.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void an_import_reaches_the_running_bot_and_staff_hear_of_the_new_fit_once() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Need need;
      try (Bot bot = new Bot(api)) {
        need = shrimpNeed(bot.app);
        assertThat(offerIds(bot.app, need)).doesNotContain("OF-950");

        String printed = importSheet(shrimpOffer(""));

        FakeBotApi.Call notice = api.awaitText(STAFF, "nay phù hợp với công nghệ mới");
        assertThat(notice.text()).contains(need.code(), SHRIMP_TITLE, SHRIMP_PROVIDER, "OF-950");
        assertThat(offerIds(bot.app, need)).contains("OF-950");
        assertThat(printed).as("the command keeps its printout").contains("Đã thêm 1 công nghệ: OF-950");
        api.sendText(STAFF, "/xem " + need.code());
        assertThat(api.awaitText(STAFF, "Gợi ý công nghệ").text()).contains("OF-950");

        // A second reload, asked by staff, finds nothing new to tell.
        api.sendText(STAFF, "/tainap");
        api.awaitText(STAFF, "Đang nạp lại dữ liệu");
        assertThat(api.awaitText(STAFF, "Đã nạp lại dữ liệu").text())
            .contains("0 công nghệ mới hoặc đã sửa; 0 nhu cầu");
      }
      try (Bot bot = new Bot(api)) {
        // After a restart the offer is changed again: the pair was told already.
        importSheet(shrimpOffer(" Có chuyển giao quy trình."));
        api.sendText(STAFF, "/tainap");
        assertThat(api.awaitText(STAFF, "Đã nạp lại dữ liệu").text()).contains("; 0 nhu cầu");
        assertThat(offerIds(bot.app, need)).contains("OF-950");
        assertThat(Sql.one(bot.app.database(), "SELECT COUNT(*) FROM offer_notices", r -> r.getInt(1)))
            .contains(1);
      }
      assertThat(api.textsTo(STAFF).stream().filter(t -> t.contains("nay phù hợp với công nghệ mới")))
          .hasSize(1);
    }
  }

  @Test
  void a_broken_file_keeps_the_old_offers_matching_and_staff_are_told_once() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); Bot bot = new Bot(api)) {
      Need need = shrimpNeed(bot.app);
      importSheet(shrimpOffer(""));
      api.awaitText(STAFF, "nay phù hợp với công nghệ mới");
      Path offers = knowledge.resolve("offers.csv");
      String good = Files.readString(offers);
      int brokenLine = (int) good.lines().count() + 1;
      String broken = good + "OF-951,Máy sai lĩnh vực,Ai đó,doanh_nghiep,Việt Nam,nong_san,thiet_bi,x,y,,,,,,\n";

      Files.writeString(offers, broken);
      FakeBotApi.Call told = api.awaitText(STAFF, "Không nạp lại được dữ liệu");
      assertThat(told.text()).contains("offers.csv, dòng " + brokenLine, "nong_san", "vẫn dùng dữ liệu cũ");
      assertThat(offerIds(bot.app, need)).contains("OF-950");

      // Saved again, still broken the same way: nothing more is said. Then fixed, with a new offer.
      Files.writeString(offers, broken + "\n");
      Files.writeString(offers, good.replace("OF-950", "OF-952"));
      assertThat(api.awaitText(STAFF, "OF-952").text()).contains("Dữ liệu vừa nạp lại: 1 nhu cầu", need.code());
      assertThat(offerIds(bot.app, need)).contains("OF-952").doesNotContain("OF-950");
      assertThat(api.textsTo(STAFF).stream().filter(t -> t.contains("Không nạp lại được"))).hasSize(1);
    }
  }

  @Test
  void the_reload_command_is_refused_to_someone_not_staff() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); Bot bot = new Bot(api, Duration.ZERO)) {
      Need need = shrimpNeed(bot.app);
      Files.writeString(knowledge.resolve("offers.csv"), shrimpOffer(""), StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);

      api.sendText(BUSINESS, "/tainap");
      api.awaitText(BUSINESS, "Lệnh này chỉ dành cho cán bộ Sở.");
      api.sendText(BUSINESS, "/trogiup");
      api.awaitText(BUSINESS, "/trangthai");
      assertThat(offerIds(bot.app, need)).doesNotContain("OF-950");

      api.sendText(STAFF, "/tainap");
      api.awaitText(STAFF, "Dữ liệu vừa nạp lại: 1 nhu cầu");
      assertThat(offerIds(bot.app, need)).contains("OF-950");
    }
  }

  /** A shrimp farm's need that no shipped offer fits, saved as the conversation saves it. */
  private static Need shrimpNeed(Main.App app) {
    NeedCard card = new NeedCard("Công ty TNHH Thủy sản Sông Hậu", "Trần Văn Bình", "0912345678", null,
        "Cà Mau", null, null, "Nuôi tôm thẻ chân trắng tuần hoàn trong nhà kính",
        "Công ty cần hệ thống nuôi tôm thẻ chân trắng tuần hoàn trong nhà kính, tiết kiệm nước, giảm dịch bệnh.",
        null, List.of(), null, null, null, List.of(), null, List.of());
    return app.needs().save(new NeedStore.NewNeed("d-shrimp", BUSINESS, card, "Cà Mau", Map.of(),
        card.description(), List.of()));
  }

  private static String shrimpOffer(String more) {
    return "OF-950,\"" + SHRIMP_TITLE + "\",\"" + SHRIMP_PROVIDER + "\",vien,Việt Nam,nong_nghiep,thiet_bi;quy_trinh,"
        + "\"Nuôi tôm thẻ chân trắng mật độ cao trong nhà kính, tuần hoàn nước, tiết kiệm nước, giảm dịch bệnh."
        + more + "\",nuôi tôm;tôm thẻ chân trắng;tuần hoàn;nhà kính,500000000,2000000000,thương mại,,,2026-11-23\n";
  }

  /** `import offers` as staff run it beside the bot; its printout. */
  private String importSheet(String rows) throws IOException {
    Path sheet = dir.resolve("sheet.csv");
    Files.writeString(sheet, String.join(",", OfferCsv.COLUMNS) + "\n" + rows, StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OfferImportCommand.run(List.of("offers", sheet.toString()),
        new OfferImportCommand.Place(knowledge, database, ZoneId.of("Asia/Ho_Chi_Minh")),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> offerIds(Main.App app, Need need) {
    return app.knowledge().match(need.card(), need.sourceText()).offers().stream()
        .filter(m -> !m.partial()).map(Matcher.OfferMatch::offer).map(o -> o.id()).toList();
  }

  /** The bot as `run` starts it, on the test's folder and database, its folder polled as given. */
  private final class Bot implements AutoCloseable {
    final Main.App app;
    final TelegramChannel channel;

    Bot(FakeBotApi api) {
      this(api, Duration.ofMillis(50));
    }

    Bot(FakeBotApi api, Duration poll) {
      Config config = new Config(database, FakeBotApi.TOKEN, api.url(), null, "qwen2.5:7b-instruct",
          Duration.ofSeconds(5), 8192, Config.ExtractorMode.RULES, knowledge, Set.of(STAFF), null,
          "Sở Khoa học và Công nghệ tỉnh Cà Mau", "Cà Mau", ZoneId.of("Asia/Ho_Chi_Minh"),
          dir.resolve("backups"), 14, Duration.ZERO, Config.DEFAULT_BROADCAST_RATE,
          Config.DEFAULT_REMINDER_HOUR, Config.DEFAULT_EMBED_MODEL, poll);
      app = Main.wire(config, Clock.systemUTC());
      channel = new TelegramChannel(new TelegramChannel.Settings(FakeBotApi.TOKEN, api.url(), 4,
          Set.of(STAFF), null, Config.DEFAULT_BROADCAST_RATE, TelegramBot.SHORT_CHAT_INTERVAL),
          app.database(), app.router(), app.messages(), Clock.systemUTC(), d -> Thread.sleep(Math.min(d.toMillis(), 20)));
      channel.start();
      app.startReloads(poll, channel::post);
    }

    @Override
    public void close() {
      channel.close();
      app.close();
    }
  }
}
