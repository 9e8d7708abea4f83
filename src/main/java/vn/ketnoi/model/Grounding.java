package vn.ketnoi.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ketnoi.extraction.Emails;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Phones;
import vn.ketnoi.text.Fold;

/**
 * The model is never trusted for a value the user did not write: a phone, e-mail, amount or
 * headcount must be found in the message by the deterministic parsers, and every word of a name
 * must appear in it (diacritics aside: "Son" may become "Sơn", never "Hùng").
 */
final class Grounding {
  private Grounding() {}

  /** The card without ungrounded values, and how many were dropped. */
  record Result(NeedCard card, int dropped, int checked) {}

  static Result check(NeedCard card, String message) {
    int[] dropped = {0};
    int[] checked = {0};
    Set<String> phones = Phones.candidates(message).stream()
        .map(c -> Phones.normalise(c.digits())).filter(p -> p != null).collect(Collectors.toSet());
    Set<Long> amounts = Money.statedAmounts(message);
    Set<String> numbers = Arrays.stream(message.split("[^0-9]+")).filter(s -> !s.isEmpty())
        .map(s -> s.replaceFirst("^0+(?=\\d)", "")).collect(Collectors.toSet());
    Set<String> words = Set.copyOf(Arrays.asList(Fold.fold(Fold.nfc(message)).split("[^\\p{L}\\p{N}]+")));
    String lowerMessage = message.toLowerCase(java.util.Locale.ROOT);

    NeedCard grounded =
        new NeedCard(
            keep(card.companyName(), named(card.companyName(), words), dropped, checked),
            keep(card.contactName(), named(card.contactName(), words), dropped, checked),
            keep(card.phone(), card.phone() != null && phones.contains(card.phone()), dropped, checked),
            keep(card.email(), card.email() != null && lowerMessage.contains(card.email())
                && card.email().equals(Emails.find(card.email())), dropped, checked),
            card.province(),
            card.sector(),
            card.needType(),
            card.title(),
            card.description(),
            card.originScope(),
            card.originCountries(),
            keep(card.budgetVndMin(), amounts.contains(card.budgetVndMin()), dropped, checked),
            keep(card.budgetVndMax(), amounts.contains(card.budgetVndMax()), dropped, checked),
            card.timeline(),
            card.supportWanted(),
            keep(card.employees(), card.employees() != null
                && numbers.contains(card.employees().toString()), dropped, checked),
            card.products());
    return new Result(grounded, dropped[0], checked[0]);
  }

  private static boolean named(String name, Set<String> messageWords) {
    if (name == null) {
      return false;
    }
    List<String> nameWords = List.of(Fold.fold(Fold.nfc(name)).split("[^\\p{L}\\p{N}]+"));
    return nameWords.stream().filter(w -> !w.isEmpty()).allMatch(messageWords::contains);
  }

  private static <T> T keep(T value, boolean grounded, int[] dropped, int[] checked) {
    if (value == null) {
      return null;
    }
    checked[0]++;
    if (grounded) {
      return value;
    }
    dropped[0]++;
    return null;
  }
}
