package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.conversation.ChatStateStore;
import vn.ketnoi.conversation.ConsentStore;
import vn.ketnoi.conversation.Conversation;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.conversation.Questions;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.knowledge.Answers;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.QuestionAnswerer;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.staff.AuditLog;
import vn.ketnoi.staff.QuestionStore;
import vn.ketnoi.staff.StaffDesk;
import vn.ketnoi.storage.Database;
import vn.ketnoi.text.Messages;

class TypingIndicatorTest {
  @TempDir Path dir;

  @Test
  void a_slow_turn_shows_typing_and_other_chats_are_not_held_up() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Provinces provinces = new Provinces();
    RuleExtractor rules = new RuleExtractor(provinces);
    // Slow like a model call, for one chat only.
    Extractor slowForChat1 = (message, draft) -> {
      if (message.contains("chậm")) {
        try {
          release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return rules.extract(message, draft);
    };
    Clock clock = Clock.systemUTC();
    try (FakeBotApi api = new FakeBotApi(); Database db = Database.open(dir.resolve("t.db"))) {
      Messages messages = Messages.load();
      KnowledgeBase knowledge = KnowledgeBase.load(dir.resolve("none"));
      NeedStore needs = new NeedStore(db, clock, java.time.ZoneOffset.UTC);
      Matcher matcher = new Matcher(knowledge, messages);
      Conversation conversation = new Conversation(db::inTransaction, new ChatStateStore(db, clock),
          new ConsentStore(db, clock), needs, new vn.ketnoi.need.Erasure(db, clock, "[đã xóa]"),
          new Conversation.Parts(slowForChat1, provinces, messages, "Sở KH&CN", matcher,
              new Questions(new Answers(knowledge), QuestionAnswerer.rules(messages), messages),
              new StaffDesk(new StaffDesk.Staff(java.util.Set.of(), null), needs,
                  new vn.ketnoi.need.NeedSearch(db, java.time.ZoneOffset.UTC), new AuditLog(db, clock),
                  new QuestionStore(db, clock), messages, matcher, provinces, java.time.ZoneOffset.UTC)));
      try (TelegramChannel channel = new TelegramChannel(
          new TelegramChannel.Settings(FakeBotApi.TOKEN, api.url(), 4), db, conversation,
          Messages.load(), clock, d -> Thread.sleep(Math.min(d.toMillis(), 20)))) {
        channel.start();
        for (long chat : new long[] {1, 2}) {
          api.sendText(chat, "/start");
          FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
          api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
          api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
        }
        api.sendText(1, "cần máy sấy, tin nhắn chậm");
        api.await(c -> c.method().equals("sendchataction") && c.chatId() == 1
            && c.body().path("action").asText().equals("typing"), Duration.ofSeconds(10));
        api.sendText(2, "cần máy sấy lúa, kinh phí 2 tỷ");
        api.awaitText(2, "cho xin số điện thoại");
        assertThat(api.textsTo(1)).noneMatch(t -> t.contains("cho xin số điện thoại"));
        release.countDown();
        api.awaitText(1, "cho xin số điện thoại");
      }
    }
  }
}
