package vn.ketnoi.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.Conversation;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * The business side of events: /dangky and /huydangky for announcements, /sukien, registration
 * buttons, deep links "/start evt_ID". The conversation hands these over (after its consent check
 * for the buttons and links that store a contact).
 */
public final class EventFeature implements Conversation.Events {
  private static final Set<String> COMMANDS = Set.of("dangky", "huydangky", "sukien");
  private static final String LINK_PREFIX = EventLinks.PREFIX;
  /** Enough for a chat; staff events past this many are not listed. */
  private static final int MOST_LISTED = 10;

  private final EventStore events;
  private final Subscriptions subscriptions;
  private final Registrations registrations;
  private final NeedStore needs;
  private final Dates dates;
  private final Messages messages;

  public EventFeature(EventStore events, Subscriptions subscriptions, Registrations registrations,
      NeedStore needs, Dates dates, Messages messages) {
    this.events = events;
    this.subscriptions = subscriptions;
    this.registrations = registrations;
    this.needs = needs;
    this.dates = dates;
    this.messages = messages;
  }

  /** The "Hủy đăng ký" button's data for an event, for the reminder that carries it. */
  public static String unregisterData(String eventId) {
    return new EventButton.Unregister(eventId).render();
  }

  @Override
  public boolean ownsCommand(String name) {
    return COMMANDS.contains(name);
  }

  @Override
  public List<Reply> command(long userId, long chatId, String name) {
    return switch (name) {
      case "dangky" -> text(subscriptions.subscribe(userId, chatId)
          ? "events.subscribed" : "events.subscribed_already");
      case "huydangky" -> text(subscriptions.unsubscribe(userId)
          ? "events.unsubscribed" : "events.unsubscribed_already");
      default -> list();
    };
  }

  @Override
  public boolean ownsButton(String data) {
    return EventButton.owns(data);
  }

  @Override
  public List<Reply> press(long userId, long chatId, String data) {
    EventButton pressed = EventButton.parse(data);
    if (pressed instanceof EventButton.Subscribe) {
      return text(subscriptions.subscribe(userId, chatId)
          ? "events.subscribed" : "events.subscribed_already");
    }
    if (pressed instanceof EventButton.Register r) {
      return register(userId, chatId, r);
    }
    if (pressed instanceof EventButton.Unregister u && events.byId(u.eventId()).isPresent()) {
      return text(registrations.cancel(u.eventId(), userId)
          ? "events.unregistered" : "events.unregistered_already");
    }
    return text("button.expired");
  }

  @Override
  public boolean isLink(String startArgument) {
    return startArgument != null && startArgument.startsWith(LINK_PREFIX);
  }

  @Override
  public List<Reply> open(long userId, String startArgument) {
    return events.byId(startArgument.substring(LINK_PREFIX.length()))
        .map(e -> List.of(card(e, EventButton.Source.LINK)))
        .orElseGet(() -> text("events.link_unknown"));
  }

  @Override
  public void holdLink(long userId, String startArgument) {
    registrations.holdLink(userId, startArgument.substring(LINK_PREFIX.length()),
        EventButton.Source.LINK.code);
  }

  @Override
  public List<Reply> heldLink(long userId) {
    return registrations.takeLink(userId)
        .flatMap(held -> events.byId(held.eventId()))
        .map(e -> List.of(card(e, EventButton.Source.LINK)))
        .orElse(List.of());
  }

  @Override
  public List<Reply> afterSaved(long userId) {
    if (subscriptions.subscribed(userId) || !subscriptions.offerOnce(userId)) {
      return List.of();
    }
    return List.of(new Reply.Choice(messages.get("events.offer"), List.of(
        new Reply.Button(messages.get("events.offer.yes"), new EventButton.Subscribe().render()))));
  }

  private List<Reply> list() {
    List<Event> upcoming = events.upcoming();
    if (upcoming.isEmpty()) {
      return text("events.none");
    }
    List<Reply> replies = new ArrayList<>(List.of(new Reply.Text(messages.get("events.header"))));
    upcoming.stream().limit(MOST_LISTED).forEach(e -> replies.add(card(e, EventButton.Source.LIST)));
    return replies;
  }

  /** One event: date, place, what it is; the registration button when registration is open. */
  private Reply card(Event e, EventButton.Source source) {
    String text = cardText(e);
    if (!e.registrationOpen()) {
      return new Reply.Text(text);
    }
    return new Reply.Choice(text, List.of(registerButton(e.id(), source)));
  }

  /** The event as /sukien shows it, for an announcement of it to say the same. */
  public String cardText(Event e) {
    String when = e.startsAt() == null ? messages.get("events.no_date") : dates.minutes(e.startsAt());
    String where = e.place() == null || e.place().isBlank() ? messages.get("events.no_place") : e.place();
    return messages.get("events.card", e.title(), when, where, Objects.requireNonNullElse(e.summary(), ""));
  }

  /**
   * The "Đăng ký tham dự" button an announcement of the event carries, recorded as coming from
   * the announcement; none when registration is closed. Pressing it is the same as in /sukien.
   */
  public Optional<Reply.Button> announcementButton(Event e) {
    return e.registrationOpen() ? Optional.of(registerButton(e.id(), EventButton.Source.ANNOUNCEMENT))
        : Optional.empty();
  }

  private Reply.Button registerButton(String eventId, EventButton.Source source) {
    return new Reply.Button(messages.get("events.register"), new EventButton.Register(eventId, source).render());
  }

  private List<Reply> register(long userId, long chatId, EventButton.Register r) {
    // A button of an event since closed or over is stale, like a forged one.
    Event event = events.byId(r.eventId()).filter(Event::registrationOpen).filter(events::isUpcoming)
        .orElse(null);
    if (event == null) {
      return text("button.expired");
    }
    boolean added = registrations.register(event.id(), userId, chatId, contact(userId), r.source().code);
    String key = added ? "events.registered" : "events.registered_already";
    // The answer gives the time: who registers after the day-before reminder went out gets none.
    String when = event.startsAt() == null ? messages.get("events.no_date") : dates.minutes(event.startsAt());
    return List.of(new Reply.Choice(messages.get(key, event.title(), when), List.of(new Reply.Button(
        messages.get("events.unregister"), new EventButton.Unregister(event.id()).render()))));
  }

  /** The contact of the business's last need that still has one; nothing when none does. */
  private Registrations.Contact contact(long userId) {
    return needs.ofUser(userId).stream().filter(n -> !n.erased()).map(Need::card).findFirst()
        .map(EventFeature::contactOf).orElse(Registrations.Contact.NONE);
  }

  private static Registrations.Contact contactOf(NeedCard card) {
    return new Registrations.Contact(card.contactName(), card.companyName(), card.phone());
  }

  private List<Reply> text(String key) {
    return List.of(new Reply.Text(messages.get(key)));
  }
}
