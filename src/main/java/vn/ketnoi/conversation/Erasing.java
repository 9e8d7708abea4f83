package vn.ketnoi.conversation;

import java.util.List;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.ConsentStore.Consent;
import vn.ketnoi.need.Erasure;
import vn.ketnoi.text.Messages;

/** "/xoadulieu": the erasure of the business's personal data, a right with or without consent. */
final class Erasing {
  private final ConsentStore consents;
  private final Erasure erasure;
  private final Drafting drafting;
  private final Messages messages;

  Erasing(ConsentStore consents, Erasure erasure, Drafting drafting, Messages messages) {
    this.consents = consents;
    this.erasure = erasure;
    this.drafting = drafting;
    this.messages = messages;
  }

  Turn ask(ChatState state) {
    return new Turn(state.withStage(Stage.CONFIRMING_ERASE),
        List.of(new Reply.Choice(messages.get("erase.ask"), buttons())));
  }

  Turn answer(ChatState state, boolean confirmed) {
    if (state.stage() != Stage.CONFIRMING_ERASE) {
      return Turn.say(state, messages.get("button.expired"));
    }
    boolean consented = consents.granted(state.userId());
    if (!confirmed) {
      Reply kept = new Reply.Text(messages.get("erase.kept"));
      return consented
          ? drafting.prompt(state.withStage(drafting.resumeStage(state))).prepend(List.of(kept))
          // Someone who declined stays declined: their next message is not held either.
          : new Turn(state.withStage(consents.declined(state.userId()) ? Stage.DECLINED : Stage.NEW),
              List.of(kept));
    }
    // Joins this turn's transaction: the erasure and the turn commit together.
    int erased = erasure.erase(state.userId(), state.chatId());
    if (consented) {
      consents.record(state.userId(), Consent.WITHDRAWN);
    }
    return Turn.say(ChatState.fresh(state.chatId(), state.userId()), messages.get("erase.done", erased));
  }

  List<Reply.Button> buttons() {
    return List.of(new Reply.Button(messages.get("erase.yes"), new ButtonData.Erase(true).render()),
        new Reply.Button(messages.get("erase.no"), new ButtonData.Erase(false).render()));
  }
}
