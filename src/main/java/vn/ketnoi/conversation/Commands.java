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

/** The business's slash commands: /start, /huy, /trangthai, /xoadulieu, /quyenriengtu, /trogiup. */
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

  Commands(NeedStore needs, ConsentFlow consent, Erasing erasing, Confirmation confirmation,
      Drafting drafting, Messages messages, String department) {
    this.needs = needs;
    this.consent = consent;
    this.erasing = erasing;
    this.confirmation = confirmation;
    this.drafting = drafting;
    this.messages = messages;
    this.department = department;
  }

  /** The command of a text starting with "/". */
  Turn run(ChatState state, String text) {
    return switch (commandName(text)) {
      case "start" -> start(state);
      case "huy" -> confirmation.cancel(state);
      case "trangthai" -> Turn.say(state, statusList(state.userId()));
      case "xoadulieu" -> erasing.ask(state);
      case "quyenriengtu" ->
          Turn.say(state, messages.get("privacy.notice", department, ConsentStore.NOTICE_VERSION));
      case "trogiup", "help" -> Turn.say(state, messages.get("help"));
      default -> Turn.say(state, messages.get("command.unknown") + "\n\n" + messages.get("help"));
    };
  }

  private Turn start(ChatState state) {
    if (!consent.granted(state)) {
      return consent.ask(state);
    }
    return drafting.prompt(state.withStage(drafting.resumeStage(state)))
        .prepend(List.of(new Reply.Text(messages.get("welcome.back", department))));
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
