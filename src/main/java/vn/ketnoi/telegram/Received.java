package vn.ketnoi.telegram;

/**
 * One Telegram update as we keep it in the inbox: what kind it is and the little we need of it.
 *
 * @param text the message text, the button data, or the shared phone number, by kind
 * @param callbackId the callback query to answer, for presses
 * @param messageId the message whose keyboard was pressed, for presses
 */
record Received(
    long updateId, long chatId, long userId, Kind kind, String text, String callbackId,
    Integer messageId) {

  /** What arrived. */
  enum Kind {
    TEXT,
    PRESS,
    OWN_CONTACT,
    OTHER_CONTACT,
    /** A photo, sticker, voice note, location...: answered politely. */
    UNSUPPORTED,
    EDITED,
    /** A command in a group: businesses are served in private chats only. */
    GROUP_COMMAND,
    BLOCKED,
    UNBLOCKED,
    /** Nothing to answer (group chatter, service messages). */
    IGNORED
  }
}
