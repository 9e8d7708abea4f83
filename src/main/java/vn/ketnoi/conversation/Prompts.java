package vn.ketnoi.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;
import vn.ketnoi.text.Messages;

/** The bot's questions for a missing or edited field, with the buttons that answer them. */
final class Prompts {
  private final Messages messages;

  Prompts(Messages messages) {
    this.messages = messages;
  }

  /** The question for a missing part of the card ({@link Drafting#missing}). */
  Reply question(Asked missing) {
    return switch (missing) {
      case SECTOR -> new Reply.Choice(messages.get("ask.sector"), sectorButtons());
      case NEED_TYPE -> new Reply.Choice(messages.get("ask.need_type"), needTypeButtons());
      case CONTACT -> new Reply.AskContact(messages.get("ask.contact"), messages.get("contact.share"));
      default -> new Reply.Text(messages.get("ask." + missing.key()));
    };
  }

  /** A field picked from "Sửa": ask for its value (codes are picked with buttons). */
  Turn askEdit(ChatState state, Field field) {
    ChatState editing = state.withStage(Stage.EDITING_FIELD).withAsked(Asked.editing(field));
    return switch (field) {
      case SECTOR -> new Turn(editing, List.of(new Reply.Choice(messages.get("ask.sector"), sectorButtons())));
      case NEED_TYPE ->
          new Turn(editing, List.of(new Reply.Choice(messages.get("ask.need_type"), needTypeButtons())));
      default -> Turn.say(editing,
          messages.get("edit.ask", messages.get("field." + label(field)).toLowerCase(Locale.ROOT)));
    };
  }

  List<Reply.Button> sectorButtons() {
    return Arrays.stream(Sector.values())
        .map(s -> new Reply.Button(messages.get("sector." + s.code()), new ButtonData.PickSector(s).render()))
        .toList();
  }

  List<Reply.Button> needTypeButtons() {
    return Arrays.stream(NeedType.values())
        .map(t -> new Reply.Button(messages.get("need_type." + t.code()),
            new ButtonData.PickNeedType(t).render()))
        .toList();
  }

  List<Reply.Button> fieldButtons() {
    return Edits.EDITABLE.stream()
        .map(f -> new Reply.Button(messages.get("field." + label(f)), new ButtonData.PickField(f).render()))
        .toList();
  }

  private static String label(Field f) {
    return f == Field.BUDGET_VND_MIN ? "budget" : f.key();
  }
}
