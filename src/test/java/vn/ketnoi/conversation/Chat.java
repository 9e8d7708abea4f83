package vn.ketnoi.conversation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.knowledge.Answers;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.QuestionAnswerer;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.storage.Database;
import vn.ketnoi.text.Messages;

/** A real core on a real SQLite file, driven like a user would: texts and button presses. */
final class Chat implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  final Database db;
  final NeedStore needs;
  final Conversation conversation;
  final long chatId;
  List<Reply> last = List.of();

  Chat(Path file, long chatId) {
    this.db = Database.open(file);
    this.needs = new NeedStore(db, CLOCK);
    this.chatId = chatId;
    Provinces provinces = new Provinces();
    Messages messages = Messages.load();
    KnowledgeBase knowledge = KnowledgeBase.load(Path.of("knowledge"));
    this.conversation =
        new Conversation(
            db::inTransaction,
            new ChatStateStore(db, CLOCK),
            new ConsentStore(db, CLOCK),
            needs,
            new QuestionStore(db, CLOCK),
            new Conversation.Parts(new RuleExtractor(provinces), provinces, messages,
                "Sở Khoa học và Công nghệ tỉnh Thái Nguyên", new Matcher(knowledge, messages),
                new Questions(new Answers(knowledge), QuestionAnswerer.rules(messages), messages)));
  }

  List<Reply> say(String text) {
    last = conversation.handle(new Inbound.Text(chatId, chatId, text));
    return last;
  }

  List<Reply> press(String data) {
    last = conversation.handle(new Inbound.Press(chatId, chatId, data));
    return last;
  }

  /** Presses the button of the last replies whose label contains the text. */
  List<Reply> tap(String label) {
    for (Reply r : last) {
      if (r instanceof Reply.Choice c) {
        for (Reply.Button b : c.buttons()) {
          if (b.label().contains(label)) {
            return press(b.data());
          }
        }
      }
    }
    throw new AssertionError("no button '" + label + "' in " + last);
  }

  String lastText() {
    return String.join("\n---\n", last.stream().map(Reply::text).toList());
  }

  Chat consented() {
    say("/start");
    tap("Đồng ý");
    return this;
  }

  @Override
  public void close() {
    db.close();
  }
}
