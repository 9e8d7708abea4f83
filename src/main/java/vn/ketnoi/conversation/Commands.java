package vn.ketnoi.conversation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * The business's slash commands: /start, /huy, /trangthai, /xoadulieu, /quyenriengtu, /trogiup;
 * those of the events feature are handed to it.
 */
final class Commands {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final NeedStore needs;
  private final ConsentFlow consent;
  private final Erasing erasing;
  private final Confirmation confirmation;
  private final Drafting drafting;
  private final Messages messages;
  private final String department;
  private final Conversation.Events events;

  Commands(NeedStore needs, ConsentFlow consent, Erasing erasing, Confirmation confirmation,
      Drafting drafting, Messages messages, String department, Conversation.Events events) {
    this.needs = needs;
    this.consent = consent;
    this.erasing = erasing;
    this.confirmation = confirmation;
    this.drafting = drafting;
    this.messages = messages;
    this.department = department;
    this.events = events;
  }

  /** The command of a text starting with "/". */
  Turn run(ChatState state, String text) {
    String name = commandName(text);
    if (events.ownsCommand(name)) {
      return new Turn(state, events.command(state.userId(), state.chatId(), name));
    }
    return switch (name) {
      case "start" -> start(state, argument(text));
      case "huy" -> confirmation.cancel(state);
      case "trangthai" -> Turn.say(state, statusList(state.userId()));
      case "xoadulieu" -> erasing.ask(state);
      case "quyenriengtu" ->
          Turn.say(state, messages.get("privacy.notice", department, ConsentStore.NOTICE_VERSION));
      case "trogiup", "help" -> Turn.say(state, messages.get("help"));
      default -> Turn.say(state, messages.get("command.unknown") + "\n\n" + messages.get("help"));
    };
  }

  /**
   * /start, or a deep link "/start evt_12" that opens the event: straight away after consent,
   * else once the user agrees to the notice.
   */
  private Turn start(ChatState state, String argument) {
    boolean link = events.isLink(argument);
    if (!consent.granted(state)) {
      if (link) {
        events.holdLink(state.userId(), argument);
      }
      return consent.ask(state);
    }
    if (link) {
      return new Turn(state, events.open(state.userId(), argument));
    }
    return drafting.prompt(state.withStage(drafting.resumeStage(state)))
        .prepend(List.of(new Reply.Text(messages.get("welcome.back", department))));
  }

  /** "/start evt_12" → "evt_12"; "" without one. */
  private static String argument(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    return parts.length > 1 ? parts[1].strip() : "";
  }

  /** "/start@ketnoi_bot arg" → "start". */
  static String commandName(String text) {
    String first = text.substring(1).split("\\s+", 2)[0];
    int at = first.indexOf('@');
    return (at >= 0 ? first.substring(0, at) : first).toLowerCase(Locale.ROOT);
  }

  private String statusList(long userId) {
    List<Need> mine = needs.ofUser(userId);
    if (mine.isEmpty()) {
      return messages.get("status.none");
    }
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("status.header"));
    for (Need n : mine) {
      String title = n.card().title() == null ? "" : n.card().title();
      lines.add(messages.get("status.line", n.code(), title,
          messages.get("status." + n.status().code()), DATE.format(n.createdAt())));
    }
    return String.join("\n", lines);
  }
}
