package vn.ketnoi.chat;

/** What a user sent, from any channel: a text message or a press on one of our buttons. */
public sealed interface Inbound permits Inbound.Text, Inbound.Press, Inbound.Contact {
  long chatId();

  long userId();

  /** A text message; commands ("/start") are texts too. */
  record Text(long chatId, long userId, String text) implements Inbound {}

  /** A press on a button whose data we set (short opaque ids, see {@link Reply.Button}). */
  record Press(long chatId, long userId, String data) implements Inbound {}

  /** A shared phone contact; {@code own} when it is the sender's own number. */
  record Contact(long chatId, long userId, String phone, boolean own) implements Inbound {}
}
