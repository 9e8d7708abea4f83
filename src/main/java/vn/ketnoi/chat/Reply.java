package vn.ketnoi.chat;

import java.util.List;

/**
 * What the bot answers, independent of the channel. Texts are plain: each channel escapes and
 * formats them its own way.
 */
public sealed interface Reply
    permits Reply.Text, Reply.Choice, Reply.AskContact, Reply.Notice, Reply.Document, Reply.Image {
  String text();

  /** A plain message. */
  record Text(String text) implements Reply {}

  /** A message with buttons under it. */
  record Choice(String text, List<Button> buttons) implements Reply {
    public Choice {
      buttons = List.copyOf(buttons);
    }
  }

  /** A question for the phone number, with a "share my number" button where the channel has one. */
  record AskContact(String text, String shareLabel) implements Reply {}

  /** A message to another chat: staff told of a new need, a business told of a status change. */
  record Notice(long chatId, String text, List<Button> buttons) implements Reply {
    public Notice {
      buttons = List.copyOf(buttons);
    }
  }

  /** A file (an export); {@code text} is its caption. */
  record Document(String fileName, byte[] content, String text) implements Reply {}

  /** A PNG image (a chart); {@code text} is its caption. */
  record Image(String fileName, byte[] png, String text) implements Reply {}

  /** A button: the label shown and the data sent back when pressed (at most 64 bytes). */
  record Button(String label, String data) {
    public Button {
      if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
        throw new IllegalArgumentException("button data over 64 bytes: " + data);
      }
    }
  }
}
