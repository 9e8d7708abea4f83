package vn.ketnoi.broadcast;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ketnoi.broadcast.EventDrafts.Draft;
import vn.ketnoi.broadcast.EventDrafts.Step;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.events.Event;
import vn.ketnoi.events.EventFeature;
import vn.ketnoi.events.EventLinks;
import vn.ketnoi.events.EventStore;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/**
 * /sukienmoi: one question a message (title, date and time, place, description, link,
 * registration), "Hủy" at each. The answers wait in {@link EventDrafts}; the last one stores the
 * event beside the shipped ones, prints its deep link and drafts its announcement, shown as a
 * preview like /thongbao's. In a group only the staff member who started it is heard.
 */
final class EventSteps {
  static final String PREFIX = "bc:ev:";
  private static final String CANCEL = PREFIX + "cancel";
  private static final String YES = PREFIX + "yes";
  private static final String NO = PREFIX + "no";
  /** Per answer, so the whole announcement stays within one Telegram message. */
  private static final Map<Step, Integer> LONGEST = Map.of(Step.TITLE, 200, Step.PLACE, 300,
      Step.SUMMARY, 1500, Step.LINK, 500);

  private final EventDrafts drafts;
  private final EventDates dates;
  private final EventStore events;
  private final EventFeature feature;
  private final EventLinks links;
  private final Broadcasts broadcasts;
  private final Previews previews;
  private final Messages messages;

  EventSteps(EventDrafts drafts, EventDates dates, EventStore events, EventFeature feature,
      EventLinks links, Broadcasts broadcasts, Previews previews, Messages messages) {
    this.drafts = drafts;
    this.dates = dates;
    this.events = events;
    this.feature = feature;
    this.links = links;
    this.broadcasts = broadcasts;
    this.previews = previews;
    this.messages = messages;
  }

  List<Reply> start(long userId, long chatId) {
    drafts.start(chatId, userId);
    return ask(Step.TITLE);
  }

  boolean waits(long chatId, long userId) {
    return drafts.of(chatId).filter(d -> d.staffUserId() == userId).isPresent();
  }

  List<Reply> text(long userId, long chatId, String typed) {
    Draft d = drafts.of(chatId).filter(x -> x.staffUserId() == userId).orElse(null);
    if (d == null) {
      return List.of();
    }
    String answer = typed.strip();
    if (Fold.fold(Fold.nfc(answer)).equals("huy")) {
      return cancel(chatId);
    }
    Integer longest = LONGEST.get(d.step());
    if (longest != null && answer.length() > longest) {
      return choice(messages.get("events.new.too_long", answer.length(), longest));
    }
    if (answer.isEmpty()) {
      return ask(d.step());
    }
    return switch (d.step()) {
      case TITLE -> next(new Draft(chatId, userId, Step.WHEN, answer, null, null, null, null));
      case WHEN -> when(d, answer);
      case PLACE -> next(new Draft(chatId, userId, Step.SUMMARY, d.title(), d.startsAt(), answer, null, null));
      case SUMMARY -> next(new Draft(chatId, userId, Step.LINK, d.title(), d.startsAt(), d.place(), answer, null));
      case LINK -> link(d, answer);
      case REGISTRATION -> ask(Step.REGISTRATION);
    };
  }

  List<Reply> press(long userId, long chatId, String data) {
    Draft d = drafts.of(chatId).filter(x -> x.staffUserId() == userId).orElse(null);
    if (d == null) {
      return List.of(new Reply.Text(messages.get("button.expired")));
    }
    if (data.equals(CANCEL)) {
      return cancel(chatId);
    }
    if (d.step() == Step.REGISTRATION && (data.equals(YES) || data.equals(NO))) {
      return finish(d, data.equals(YES));
    }
    return List.of(new Reply.Text(messages.get("button.expired")));
  }

  private List<Reply> when(Draft d, String answer) {
    EventDates.Reading reading = dates.read(answer);
    if (reading instanceof EventDates.When w) {
      return next(new Draft(d.chatId(), d.staffUserId(), Step.PLACE, d.title(), w.at(), null, null, null));
    }
    String key = reading instanceof EventDates.Past ? "events.new.past_date" : "events.new.bad_date";
    return choice(messages.get(key, answer));
  }

  private List<Reply> link(Draft d, String answer) {
    String folded = Fold.fold(Fold.nfc(answer));
    boolean none = folded.equals("khong") || folded.equals("ko") || answer.equals("-");
    String lower = answer.toLowerCase(Locale.ROOT);
    boolean url = (lower.startsWith("http://") || lower.startsWith("https://")) && !answer.contains(" ");
    if (!none && !url) {
      return choice(messages.get("events.new.bad_link"));
    }
    return next(new Draft(d.chatId(), d.staffUserId(), Step.REGISTRATION, d.title(), d.startsAt(), d.place(),
        d.summary(), none ? null : answer));
  }

  private List<Reply> finish(Draft d, boolean registration) {
    drafts.drop(d.chatId());
    Event event = events.create(new EventStore.NewEvent(d.title(), null, d.startsAt(), d.place(),
        d.summary(), d.link(), registration, d.staffUserId()));
    String text = feature.cardText(event)
        + (d.link() == null ? "" : "\n" + messages.get("events.new.link_line", d.link()));
    long id = broadcasts.draft(d.staffUserId(), d.chatId(), text, feature.announcementButton(event).orElse(null));
    return List.of(new Reply.Text(messages.get("events.new.saved", event.id(), event.title(), links.of(event.id()))),
        previews.of(id));
  }

  private List<Reply> next(Draft d) {
    drafts.save(d);
    return ask(d.step());
  }

  private List<Reply> ask(Step step) {
    String question = messages.get("events.new." + step.name().toLowerCase(Locale.ROOT));
    if (step != Step.REGISTRATION) {
      return choice(question);
    }
    return List.of(new Reply.Choice(question, List.of(
        new Reply.Button(messages.get("events.new.registration.yes"), YES),
        new Reply.Button(messages.get("events.new.registration.no"), NO),
        new Reply.Button(messages.get("events.new.cancel"), CANCEL))));
  }

  private List<Reply> choice(String text) {
    return List.of(new Reply.Choice(text, List.of(new Reply.Button(messages.get("events.new.cancel"), CANCEL))));
  }

  private List<Reply> cancel(long chatId) {
    drafts.drop(chatId);
    return List.of(new Reply.Text(messages.get("events.new.cancelled")));
  }
}
