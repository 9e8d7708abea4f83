package vn.ketnoi.telegram;

import java.time.Duration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** What became of one API call of the {@link Sender}. */
sealed interface SendOutcome {
  record Sent(Integer messageId) implements SendOutcome {}

  record Blocked() implements SendOutcome {}

  record Rejected(String reason) implements SendOutcome {}

  record Later(Duration after, String reason) implements SendOutcome {}

  /** The request reached Telegram but no answer came back: it may have arrived, so never resent. */
  record Unknown(String reason) implements SendOutcome {}

  /**
   * A call that got no answer from Telegram: retried only when the request never left (see
   * {@link ApiAnswers}); refused by the client's own checks, it never left either, and never will.
   */
  static SendOutcome failure(TelegramApiException e) {
    if (e instanceof TelegramApiValidationException) {
      return new Rejected("invalid request: " + e.getMessage());
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ApiAnswers.NotSent) {
        return new Later(Duration.ofSeconds(1), "network: " + t.getMessage());
      }
      if (t instanceof ApiAnswers.AnswerLost) {
        return new Unknown(t.getMessage());
      }
    }
    return new Unknown(e.getMessage());
  }
}
