package vn.ketnoi.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import vn.ketnoi.chat.Reply;

/** The core's buttons as Telegram keyboards. */
final class Keyboards {
  private Keyboards() {}

  /** One button a row: labels are Vietnamese sentences, too long to sit side by side. */
  static InlineKeyboardMarkup inline(List<Reply.Button> buttons) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (Reply.Button b : buttons) {
      rows.add(new InlineKeyboardRow(
          InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()));
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  /** "Share my phone number": Telegram sends the user's own contact when it is pressed. */
  static ReplyKeyboardMarkup contact(String label) {
    KeyboardRow row = new KeyboardRow();
    row.add(KeyboardButton.builder().text(label).requestContact(true).build());
    return ReplyKeyboardMarkup.builder().keyboardRow(row).resizeKeyboard(true)
        .oneTimeKeyboard(true).build();
  }
}
