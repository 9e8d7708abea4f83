package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.ketnoi.card.NeedCard;

/**
 * The phones and e-mails of a business beyond the card's own: the card keeps one phone and one
 * e-mail (the need-card contract), and a business that gives two numbers must not lose one.
 */
public final class Contacts {
  /** A business gives a few ways to reach it; more than this in one need is not a contact list. */
  public static final int MAX_OTHERS = 5;

  private Contacts() {}

  /** Every phone (normalised) and e-mail (lower-case) in a text, phones first. */
  public static List<String> in(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> all = new ArrayList<>(Phones.all(text));
    all.addAll(Emails.all(text));
    return all;
  }

  /**
   * The other contacts after a message: those kept so far and those the message gives, without
   * the card's phone and e-mail, at most {@link #MAX_OTHERS}.
   */
  public static List<String> others(List<String> kept, List<String> given, NeedCard card) {
    LinkedHashSet<String> others = new LinkedHashSet<>(kept);
    others.addAll(given);
    others.remove(card.phone());
    others.remove(card.email());
    return others.stream().limit(MAX_OTHERS).toList();
  }
}
