package vn.ketnoi.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The small calls around a turn that nothing depends on: stopping a pressed button's spinner and
 * showing "typing…". They are not messages, so they go outside the send limits, and a failure is
 * only a debug line.
 */
final class ChatActions {
  private static final Logger LOG = LoggerFactory.getLogger(ChatActions.class);

  private final TelegramClient client;

  ChatActions(TelegramClient client) {
    this.client = client;
  }

  /** Stops the button's spinner without holding up the turn. */
  void answerCallback(String callbackId) {
    if (callbackId == null) {
      return;
    }
    try {
      client.executeAsync(AnswerCallbackQuery.builder().callbackQueryId(callbackId).build())
          .exceptionally(e -> {
            LOG.debug("callback answer failed: {}", e.getMessage());
            return false;
          });
    } catch (TelegramApiException e) {
      LOG.debug("callback answer failed: {}", e.getMessage());
    }
  }

  void typing(long chatId) {
    try {
      client.execute(SendChatAction.builder().chatId(chatId).action("typing").build());
    } catch (TelegramApiException | RuntimeException e) {
      LOG.debug("typing indicator failed: {}", e.getMessage());
    }
  }
}
