package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/** A button pressed by the business, read from its {@link ButtonData}. */
final class Presses {
  private final ConsentFlow consent;
  private final Erasing erasing;
  private final Confirmation confirmation;
  private final Drafting drafting;
  private final NeedStore needs;
  private final Conversation.StaffNotices staff;
  private final Conversation.Events events;
  private final Messages messages;

  Presses(ConsentFlow consent, Erasing erasing, Confirmation confirmation, Drafting drafting,
      NeedStore needs, Conversation.Parts parts, Messages messages) {
    this.consent = consent;
    this.erasing = erasing;
    this.confirmation = confirmation;
    this.drafting = drafting;
    this.needs = needs;
    this.staff = parts.staff();
    this.events = parts.events();
    this.messages = messages;
  }

  Turn press(ChatState state, String data) {
    ButtonData pressed = ButtonData.parse(data);
    if (pressed instanceof ButtonData.Consent c) {
      return consent.answer(state, c.yes());
    }
    // Erasure is a right with or without consent: someone who declined may still want it.
    if (pressed instanceof ButtonData.Erase e) {
      return erasing.answer(state, e.yes());
    }
    if (!consent.granted(state)) {
      return consent.ask(state);
    }
    if (events.ownsButton(data)) {
      return new Turn(state, events.press(state.userId(), state.chatId(), data));
    }
    return consented(state, pressed);
  }

  private Turn consented(ChatState state, ButtonData pressed) {
    if (pressed instanceof ButtonData.Confirm c) {
      return current(state, c.draftId()) && state.stage() == Stage.CONFIRMING
          ? confirmation.save(state) : confirmation.stale(state, c.draftId());
    }
    if (pressed instanceof ButtonData.Edit e) {
      return current(state, e.draftId())
          ? confirmation.chooseField(state) : confirmation.stale(state, e.draftId());
    }
    if (pressed instanceof ButtonData.Cancel c) {
      return current(state, c.draftId())
          ? confirmation.cancel(state) : confirmation.stale(state, c.draftId());
    }
    if (pressed instanceof ButtonData.PickBudget b) {
      return current(state, b.draftId()) && state.stage() == Stage.CONFIRMING
          ? pickBudget(state, b.amount()) : confirmation.stale(state, b.draftId());
    }
    if (pressed instanceof ButtonData.PickField f) {
      return pickField(state, f.field());
    }
    if (pressed instanceof ButtonData.PickSector s) {
      return drafting.applyChoice(state, Field.SECTOR, s.sector());
    }
    if (pressed instanceof ButtonData.PickNeedType t) {
      return drafting.applyChoice(state, Field.NEED_TYPE, t.type());
    }
    if (pressed instanceof ButtonData.PassQuestion) {
      return passQuestion(state);
    }
    if (pressed instanceof ButtonData.Reuse r) {
      return drafting.reuseContact(state, r.yes());
    }
    if (pressed instanceof ButtonData.Details d) {
      return confirmation.details(state, d.needCode());
    }
    return confirmation.expired(state);
  }

  private static boolean current(ChatState state, String draftId) {
    return draftId.equals(state.draft().id());
  }

  /** A budget button: only an amount the business's messages named, so a forged press stores nothing. */
  private Turn pickBudget(ChatState state, long amount) {
    Draft draft = state.draft();
    if (!CardView.unreadAmounts(draft.messages()).contains(amount)) {
      return confirmation.expired(state);
    }
    NeedCard budget = NeedCard.EMPTY.withBudget(amount, amount);
    return drafting.next(state.withDraft(draft.with(budget, FieldSources.allByUser(budget), null)));
  }

  private Turn pickField(ChatState state, Field field) {
    if (state.draft().isEmpty() || !Edits.EDITABLE.contains(field)) {
      return confirmation.expired(state);
    }
    return drafting.prompts().askEdit(state, field);
  }

  private Turn passQuestion(ChatState state) {
    if (state.pendingQuestion() == null) {
      return confirmation.expired(state);
    }
    Turn prompt = drafting.prompt(state.withPendingQuestion(null));
    List<Reply> replies = new ArrayList<>(List.of(new Reply.Text(messages.get("answer.passed"))));
    replies.addAll(prompt.replies());
    replies.addAll(staff.newQuestion(state.userId(), state.chatId(), state.pendingQuestion(), asker(state)));
    return new Turn(prompt.state(), replies);
  }

  /** Who is asking, for staff: the business and contact of the draft, else of the latest need. */
  private String asker(ChatState state) {
    List<NeedCard> known = new ArrayList<>(List.of(state.draft().card()));
    needs.ofUser(state.userId()).forEach(n -> known.add(n.card()));
    return known.stream()
        .map(card -> Stream.of(card.companyName(), card.contactName()).filter(Objects::nonNull)
            .collect(Collectors.joining(" · ")))
        .filter(who -> !who.isEmpty()).findFirst().orElse(null);
  }
}
