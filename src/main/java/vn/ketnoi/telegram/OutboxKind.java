package vn.ketnoi.telegram;

import java.util.Arrays;

/** What an outbox row is; stored in {@code outbox_messages.kind} by {@link #stored()}. */
enum OutboxKind {
  TEXT("text"),
  CHOICE("choice"),
  ASK_CONTACT("ask_contact"),
  /** Removes the keyboard of a pressed message, so an old button cannot be pressed twice. */
  CLEAR_KEYBOARD("clear_keyboard"),
  DOCUMENT("document"),
  IMAGE("image");

  private final String stored;

  OutboxKind(String stored) {
    this.stored = stored;
  }

  /** The value in the database, as versions before this enum wrote it. */
  String stored() {
    return stored;
  }

  /** A stored kind; one this version does not know is sent as plain text, as it always was. */
  static OutboxKind ofStored(String value) {
    return Arrays.stream(values()).filter(k -> k.stored.equals(value)).findFirst().orElse(TEXT);
  }
}
