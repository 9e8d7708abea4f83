package vn.ketnoi.events;

/**
 * What an events button says when pressed: made by {@link #render} and read back by
 * {@link #parse} here only. Data the bot did not make reads as {@link Expired}, never an exception.
 */
sealed interface EventButton {
  String render();

  /** Where a registration came from: the /sukien list, a deep link or an announcement. */
  enum Source {
    LIST("sukien"),
    LINK("lienket"),
    ANNOUNCEMENT("thongbao");

    final String code;

    Source(String code) {
      this.code = code;
    }

    static Source ofCode(String code) {
      for (Source s : values()) {
        if (s.code.equals(code)) {
          return s;
        }
      }
      throw new IllegalArgumentException("unknown source " + code);
    }
  }

  /** "Nhận thông báo" offered after a saved need. */
  record Subscribe() implements EventButton {
    public String render() {
      return "evsub";
    }
  }

  /** "Đăng ký tham dự" under one event. */
  record Register(String eventId, Source source) implements EventButton {
    public String render() {
      return "evreg:" + source.code + ":" + eventId;
    }
  }

  /** "Hủy đăng ký" under a registration. */
  record Unregister(String eventId) implements EventButton {
    public String render() {
      return "evunreg:" + eventId;
    }
  }

  record Expired(String data) implements EventButton {
    public String render() {
      return data;
    }
  }

  /** Whether the data is an events button at all (valid or not): the events feature answers it. */
  static boolean owns(String data) {
    return data != null && data.matches("ev(sub|reg|unreg)(:.*)?");
  }

  static EventButton parse(String data) {
    String raw = data == null ? "" : data;
    String[] parts = raw.split(":", 3);
    try {
      return switch (parts[0]) {
        case "evsub" -> parts.length == 1 ? new Subscribe() : new Expired(raw);
        case "evreg" -> parts.length == 3 && !parts[2].isBlank()
            ? new Register(parts[2], Source.ofCode(parts[1])) : new Expired(raw);
        case "evunreg" -> parts.length == 2 && !parts[1].isBlank()
            ? new Unregister(parts[1]) : new Expired(raw);
        default -> new Expired(raw);
      };
    } catch (IllegalArgumentException unknownSource) {
      return new Expired(raw);
    }
  }
}
