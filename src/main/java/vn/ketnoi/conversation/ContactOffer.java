package vn.ketnoi.conversation;

import java.util.List;
import java.util.Optional;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Messages;

/** "Dùng lại số 0918…, anh Phong?": a returning business need not type its contact again. */
final class ContactOffer {
  /** The card of the business's last saved need, to offer its contact for the next one. */
  interface LastCard {
    Optional<NeedCard> of(long userId);
  }

  private final LastCard lastCard;
  private final Messages messages;

  ContactOffer(LastCard lastCard, Messages messages) {
    this.lastCard = lastCard;
    this.messages = messages;
  }

  /** The last need's card (or a card cancelled since), when it has a phone or e-mail to offer. */
  Optional<NeedCard> offerable(ChatState state) {
    return last(state).filter(c -> c.phone() != null || c.email() != null);
  }

  Optional<NeedCard> last(ChatState state) {
    return state.cancelledContact() != null ? Optional.of(state.cancelledContact()) : lastCard.of(state.userId());
  }

  Turn offer(ChatState state, NeedCard last) {
    String contact = last.phone() != null ? last.phone() : last.email();
    String text = offerText(contact, last);
    return new Turn(state.withStage(Stage.DRAFTING).withAsked(Asked.REUSE_CONTACT), List.of(new Reply.Choice(text, List.of(
        new Reply.Button(messages.get("reuse.yes"), new ButtonData.Reuse(true).render()),
        new Reply.Button(messages.get("reuse.no"), new ButtonData.Reuse(false).render())))));
  }

  /** A person's name is stored without "anh" or "chị", so the bot says both rather than a bare name. */
  private String offerText(String contact, NeedCard last) {
    if (last.contactName() != null) {
      return messages.get("reuse.ask_person", contact, last.contactName());
    }
    if (last.companyName() != null) {
      return messages.get("reuse.ask_named", contact, last.companyName());
    }
    return messages.get("reuse.ask", contact);
  }

  /** The last contact, who and where, to merge as the business's own; the province only if unknown. */
  static NeedCard contactOf(NeedCard last, NeedCard draft) {
    NeedCard contact = NeedCard.EMPTY.with(Field.PHONE, last.phone()).with(Field.EMAIL, last.email())
        .with(Field.CONTACT_NAME, last.contactName()).with(Field.COMPANY_NAME, last.companyName());
    if (draft.province() == null && last.province() != null) {
      contact = contact.with(Field.PROVINCE, last.province());
    }
    return contact;
  }
}
