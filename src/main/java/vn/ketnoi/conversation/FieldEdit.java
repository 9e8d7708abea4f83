package vn.ketnoi.conversation;

import java.util.function.Function;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.card.Field;
import vn.ketnoi.extraction.FieldValues;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.text.Messages;

/**
 * The typed value of the field picked from "Sửa", read by the same parsers as a staff correction;
 * what they cannot read is asked again (codes with their buttons).
 */
final class FieldEdit {
  private final Extractor extractor;
  private final FieldValues values;
  private final Prompts prompts;
  private final Messages messages;

  FieldEdit(Extractor extractor, Provinces provinces, Prompts prompts, Messages messages) {
    this.extractor = extractor;
    this.values = new FieldValues(provinces, messages);
    this.prompts = prompts;
    this.messages = messages;
  }

  /** Applies the typed value; {@code next} is what the draft asks or shows after the edit. */
  Turn apply(ChatState state, String text, Function<ChatState, Turn> next) {
    Field field = state.asked().field();
    if (EditEscapes.back(text)) {
      return next.apply(state);
    }
    if (field == Field.BUDGET_VND_MIN && EditEscapes.unknownBudget(text)) {
      return next.apply(state.withDraft(EditEscapes.withoutBudget(state.draft(), text)));
    }
    boolean freeText = field == Field.TITLE || field == Field.COMPANY_NAME || field == Field.CONTACT_NAME;
    FieldValues.Reading reading = field == Field.BUDGET_VND_MIN ? values.budget(text)
        : values.read(field, freeText ? Drafting.cut(text, 200) : text);
    NeedCard inUnit = field == Field.BUDGET_VND_MIN && reading instanceof FieldValues.Invalid
        ? BudgetAmends.typedInField(state.draft(), text) : null;
    inUnit = inUnit == null && field == Field.BUDGET_VND_MIN && reading instanceof FieldValues.Invalid
        ? BudgetNamed.typedInField(text) : inUnit;
    if (inUnit != null) {
      return edited(state, inUnit, text, next);
    }
    if (reading instanceof FieldValues.Invalid invalid) {
      return switch (invalid.problem()) {
        case CODE -> codeByExtractor(state, field, text, next);
        case PHONE -> new Turn(state, java.util.List.of(PhoneRefusals.ofTyped(messages, text)));
        case EMAIL -> Turn.say(state, messages.get("edit.invalid_email", text));
        case PROVINCE -> Turn.say(state, messages.get("edit.invalid_province", text));
        case BUDGET, AMOUNT -> Turn.say(state, messages.get("edit.invalid_budget", text));
        default -> prompts.askEdit(state, field);
      };
    }
    Object value = ((FieldValues.Value) reading).value();
    NeedCard update = value instanceof Money.Budget budget
        ? NeedCard.EMPTY.withBudget(budget.min(), budget.max())
        : Edits.only(field, value);
    return edited(state, update, text, next);
  }

  /** A sector or need type the parsers do not know may still be read by the extractor (a model). */
  private Turn codeByExtractor(ChatState state, Field field, String text, Function<ChatState, Turn> next) {
    NeedCard stated = extractor.extract(text, state.draft().card()).card();
    Object value = field == Field.SECTOR ? stated.sector() : stated.needType();
    return value == null ? prompts.askEdit(state, field)
        : edited(state, Edits.only(field, value), text, next);
  }

  private static Turn edited(ChatState state, NeedCard update, String text, Function<ChatState, Turn> next) {
    Draft draft = state.draft().with(update, FieldSources.allByUser(update), text);
    return next.apply(state.withDraft(draft));
  }
}
