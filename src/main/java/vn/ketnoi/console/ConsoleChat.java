package vn.ketnoi.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.router.Router;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.text.Messages;

/**
 * The local chat: the same core as Telegram, on stdin and stdout. Buttons are shown as numbered
 * choices; typing the number presses the button, until new buttons are shown or a message is typed.
 */
public final class ConsoleChat {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleChat.class);
  /** The console is one local user in one chat. */
  static final long CONSOLE_CHAT = 1L;

  private final Router router;
  private final Messages messages;
  private final BufferedReader in;
  private final PrintStream out;
  private List<Reply.Button> lastButtons = List.of();

  public ConsoleChat(Router router, Messages messages, BufferedReader in, PrintStream out) {
    this.router = router;
    this.messages = messages;
    this.in = in;
    this.out = out;
  }

  /** Runs until end of input or /thoat. */
  public void run() {
    out.println(messages.get("console.banner"));
    send(new Inbound.Text(CONSOLE_CHAT, CONSOLE_CHAT, "/start"));
    try {
      String line;
      out.print("> ");
      out.flush();
      boolean first = true;
      while ((line = in.readLine()) != null) {
        if (line.strip().equalsIgnoreCase("/thoat")) {
          break;
        }
        // The chat was just started: a typed "/start" first would print the greeting again.
        if (!(first && line.strip().equalsIgnoreCase("/start"))) {
          send(toInbound(line));
        }
        first = false;
        out.print("> ");
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private Inbound toInbound(String line) {
    String trimmed = line.strip();
    if (trimmed.matches("\\d{1,2}")) {
      int choice = Integer.parseInt(trimmed);
      if (choice >= 1 && choice <= lastButtons.size()) {
        return new Inbound.Press(CONSOLE_CHAT, CONSOLE_CHAT, lastButtons.get(choice - 1).data());
      }
    }
    return new Inbound.Text(CONSOLE_CHAT, CONSOLE_CHAT, line);
  }

  private void send(Inbound inbound) {
    List<Reply> replies;
    try {
      replies = router.handle(inbound);
    } catch (RuntimeException e) {
      // The per-update boundary: log for the operator, a plain apology for the user.
      LOG.error("console turn failed", e);
      replies = List.of(new Reply.Text(messages.get("error.internal")));
    }
    List<Reply.Button> buttons = new ArrayList<>();
    for (Reply reply : replies) {
      render(reply, buttons);
    }
    // On Telegram a press leaves the other messages' buttons in place: "Xem chi tiết" and "Nhận
    // thông báo" under a saved need both stay usable, in any order. So a press answered without
    // buttons keeps the numbers shown before; a typed message clears them, so that a number typed
    // as an answer ("2") is read as text.
    if (!buttons.isEmpty() || !(inbound instanceof Inbound.Press)) {
      lastButtons = buttons;
    }
  }

  /** One instanceof chain per channel; a test fails when a new Reply variant is not rendered. */
  void render(Reply reply, List<Reply.Button> buttons) {
    out.println(reply.text());
    if (reply instanceof Reply.Choice choice) {
      for (Reply.Button button : choice.buttons()) {
        buttons.add(button);
        out.println("  " + buttons.size() + ". " + button.label());
      }
      out.println(messages.get("console.choose"));
    } else if (reply instanceof Reply.AskContact) {
      out.println(messages.get("console.type_phone"));
    } else if (reply instanceof Reply.Notice notice) {
      out.println(messages.get("console.notice", notice.chatId()));
    } else if (reply instanceof Reply.Document document) {
      out.println(messages.get("console.file", document.fileName(), document.content().length));
    } else if (reply instanceof Reply.Image image) {
      out.println(messages.get("console.file", image.fileName(), image.png().length));
    } else if (!(reply instanceof Reply.Text)) {
      throw new IllegalStateException("reply not rendered: " + reply.getClass());
    }
    out.println();
  }
}
