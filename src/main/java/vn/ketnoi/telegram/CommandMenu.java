package vn.ketnoi.telegram;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.ketnoi.text.Messages;

/** The command menu in Vietnamese: user commands for everyone, staff commands in staff chats. */
final class CommandMenu {
  private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);
  private static final List<String> USER_COMMANDS =
      List.of("start", "trangthai", "huy", "sukien", "dangky", "huydangky", "quyenriengtu", "xoadulieu",
          "trogiup");
  private static final List<String> STAFF_COMMANDS =
      List.of("ds", "xem", "xuat", "thongke", "cauhoi", "dangkysk", "thongbao", "sukienmoi", "thongbaods", "canbo",
          "tainap");

  private final TelegramClient client;
  private final TelegramChannel.Settings settings;
  private final Messages messages;

  CommandMenu(TelegramClient client, TelegramChannel.Settings settings, Messages messages) {
    this.client = client;
    this.settings = settings;
    this.messages = messages;
  }

  /** Sets the menus; a failure is logged and does not stop the bot. */
  void set() {
    List<BotCommand> commands = menu(USER_COMMANDS);
    List<String> staffNames = new ArrayList<>(USER_COMMANDS);
    staffNames.addAll(STAFF_COMMANDS);
    try {
      client.execute(SetMyCommands.builder().commands(commands).languageCode("vi").build());
      client.execute(SetMyCommands.builder().commands(commands).build());
      List<Long> staffChats = new ArrayList<>(settings.staffIds());
      if (settings.staffChatId() != null) {
        staffChats.add(settings.staffChatId());
      }
      for (long chat : staffChats) {
        client.execute(SetMyCommands.builder().commands(menu(staffNames))
            .scope(BotCommandScopeChat.builder().chatId(chat).build()).build());
      }
    } catch (TelegramApiException e) {
      LOG.warn("could not set the command menu: {}", e.getMessage());
    }
  }

  private List<BotCommand> menu(List<String> names) {
    return names.stream().map(c -> new BotCommand(c, messages.get("menu." + c))).toList();
  }
}
