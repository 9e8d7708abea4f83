package vn.ketnoi.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in Telegram Bot API on loopback, speaking the real wire format: long-polling getUpdates
 * with offsets, case-insensitive method names, sendMessage with HTML entity validation and the
 * 4096-character limit, editMessageText with "message is not modified", scripted 429/403/500
 * answers, and optionally Telegram's overall rate (429 with {@code retry_after} past it). Tests
 * wait on its conditions, never on fixed sleeps.
 */
final class FakeBotApi implements AutoCloseable {
  static final String TOKEN = "123456:TEST-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
  private static final Set<String> TAGS =
      Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
          "code", "pre", "blockquote", "tg-emoji");

  /** One API call we received. */
  record Call(String method, JsonNode body, long atNanos) {
    long chatId() {
      return body.path("chat_id").asLong();
    }

    String text() {
      return body.path("text").asText(null);
    }
  }

  /** A scripted error answer: HTTP status, error code, description, retry_after. */
  record Failure(int code, String description, Integer retryAfter) {}

  /** A 200 answer the client cannot read, after Telegram has done what was asked. */
  enum Garbled {
    /** {@code ok:true} with a result of the wrong shape. */
    WRONG_RESULT,
    /** The body stops halfway: a complete HTTP answer with half a JSON document. */
    HALF_BODY,
    /** The connection drops before any answer. */
    CUT_OFF
  }

  private final HttpServer server;
  private final Object lock = new Object();
  /** Waiters for calls wait here, apart from the lock the HTTP handlers need. */
  private final Object signal = new Object();
  private long version;
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<Integer, ObjectNode> history = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();
  private final Map<String, Deque<Garbled>> garbled = new HashMap<>();
  private volatile boolean tokenRevoked;
  private final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();
  private final Set<Long> blockedChats = new HashSet<>();
  private final Map<Long, Deque<Failure>> chatFailures = new HashMap<>();
  private final Map<String, String> messageTexts = new HashMap<>();
  /** When each update was handed to the bot, for latency figures. */
  private final Map<Integer, Long> deliveredAt = new HashMap<>();
  /** Messages a second it accepts before answering 429 (0: no limit), over a sliding second. */
  private int globalRate;
  private final Deque<Long> lastSecond = new ArrayDeque<>();
  private int rateLimited;
  private volatile java.util.function.Consumer<Call> observer;
  private int nextUpdateId = 1000;
  private int nextMessageId = 1;
  private int nextCallbackId = 1;

  FakeBotApi() throws IOException {
    this(0);
  }

  /** On a given port: a bot started before the server exists finds it there later. */
  FakeBotApi(int port) throws IOException {
    // The JDK server writes headers and body apart; with Nagle and delayed ACKs every answer
    // would wait ~40 ms, which is the stand-in's delay, not the bot's.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-bot-api");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // ---- what a user does ----

  int sendText(long chatId, String text) {
    ObjectNode message = message(chatId);
    message.put("text", text);
    if (text.startsWith("/")) {
      ArrayNode entities = message.putArray("entities");
      entities.addObject().put("type", "bot_command").put("offset", 0)
          .put("length", text.split("\\s")[0].length());
    }
    return push("message", message);
  }

  int press(long chatId, int messageId, String data) {
    return pressAs(chatId, chatId, messageId, data);
  }

  /** A press by {@code userId} on a message in {@code chatId} (a group when they differ). */
  int pressAs(long chatId, long userId, int messageId, String data) {
    ObjectNode query = JSON.createObjectNode();
    synchronized (lock) {
      query.put("id", "cb" + nextCallbackId++);
    }
    query.set("from", user(userId));
    ObjectNode msg = query.putObject("message");
    msg.put("message_id", messageId);
    msg.put("date", 1_700_000_000);
    msg.set("chat", chat(chatId, chatId == userId ? "private" : "group"));
    msg.put("text", "…");
    query.put("chat_instance", "ci" + chatId);
    query.put("data", data);
    return push("callback_query", query);
  }

  int sendContact(long chatId, String phone, long contactUserId) {
    ObjectNode message = message(chatId);
    message.putObject("contact").put("phone_number", phone).put("first_name", "Test")
        .put("user_id", contactUserId);
    return push("message", message);
  }

  int sendSticker(long chatId) {
    ObjectNode message = message(chatId);
    message.putObject("sticker").put("file_id", "s1").put("file_unique_id", "u1")
        .put("type", "regular").put("width", 512).put("height", 512)
        .put("is_animated", false).put("is_video", false);
    return push("message", message);
  }

  int sendPhoto(long chatId, String caption) {
    ObjectNode message = message(chatId);
    message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "pu1")
        .put("width", 90).put("height", 90);
    if (caption != null) {
      message.put("caption", caption);
    }
    return push("message", message);
  }

  int sendLocation(long chatId) {
    ObjectNode message = message(chatId);
    message.putObject("location").put("latitude", 21.0).put("longitude", 105.8);
    return push("message", message);
  }

  int editText(long chatId, String text) {
    ObjectNode message = message(chatId);
    message.put("text", text);
    message.put("edit_date", 1_700_000_100);
    return push("edited_message", message);
  }

  int sendGroupText(long groupId, long userId, String text) {
    ObjectNode message = message(userId);
    message.set("chat", chat(groupId, "group"));
    message.put("text", text);
    return push("message", message);
  }

  /** Telegram sending an update again (after a crash before the offset was confirmed). */
  void resend(int updateId, String kind, ObjectNode payload) {
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", updateId);
    update.set(kind, payload);
    synchronized (lock) {
      updates.add(update);
      lock.notifyAll();
    }
  }

  /** The payload of an update pushed earlier, to send it again. */
  ObjectNode payloadOf(int updateId, String kind) {
    synchronized (lock) {
      return (ObjectNode) history.get(updateId).get(kind);
    }
  }

  // ---- scripting the server ----

  void failNext(String method, Failure... answers) {
    synchronized (lock) {
      failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>())
          .addAll(List.of(answers));
    }
  }

  /** The next sends to one chat answer these errors (a 400 "chat not found" for one recipient). */
  void failNextTo(long chatId, Failure... answers) {
    synchronized (lock) {
      chatFailures.computeIfAbsent(chatId, c -> new ArrayDeque<>()).addAll(List.of(answers));
    }
  }

  /** The next calls of the method do what was asked but answer so the client cannot read it. */
  void garbleNext(String method, Garbled... answers) {
    synchronized (lock) {
      garbled.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>())
          .addAll(List.of(answers));
    }
  }

  /** The owner revoked the token in @BotFather: every call now gets 401. */
  void revokeToken() {
    tokenRevoked = true;
  }

  /** How many getUpdates calls were answered with an error (409, 401...). */
  long refusedPolls() {
    return calls().stream().filter(c -> c.method().startsWith("getupdates!")).count();
  }

  /**
   * Enforces Telegram's overall limit: a message (send or edit) that would be the {@code
   * perSecond + 1}-th within one second gets 429 with {@code retry_after} 1.
   */
  void enforceRate(int perSecond) {
    synchronized (lock) {
      globalRate = perSecond;
    }
  }

  /** How many calls the enforced rate answered with 429. */
  int rateLimitedCalls() {
    synchronized (lock) {
      return rateLimited;
    }
  }

  /** When each message (send or edit) the chat got was accepted, oldest first. */
  List<Long> messageTimesTo(long chatId) {
    return callsTo(chatId).stream().filter(c -> isMessage(c.method())).map(Call::atNanos).toList();
  }

  /** The most messages the chat got within any one window of the given length. */
  int mostWithin(long chatId, Duration window) {
    List<Long> at = messageTimesTo(chatId);
    int most = 0;
    for (int first = 0, last = 0; last < at.size(); last++) {
      while (at.get(last) - at.get(first) >= window.toNanos()) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /** A message to a chat, as Telegram's limits count them: typing and callback answers are not. */
  static boolean isMessage(String method) {
    return (method.startsWith("send") && !method.equals("sendchataction")) || method.startsWith("edit");
  }

  /** True when the enforced rate has no room for one more message now. */
  private boolean overRate(String method) {
    if (globalRate <= 0 || !isMessage(method)) {
      return false;
    }
    long now = System.nanoTime();
    while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= 1_000_000_000L) {
      lastSecond.pollFirst();
    }
    if (lastSecond.size() >= globalRate) {
      rateLimited++;
      return true;
    }
    lastSecond.addLast(now);
    return false;
  }

  void blockedBy(long chatId) {
    synchronized (lock) {
      blockedChats.add(chatId);
    }
  }

  // ---- what the bot did ----

  List<Call> calls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  List<Call> callsTo(long chatId) {
    return calls().stream().filter(c -> c.chatId() == chatId).toList();
  }

  /** Texts the chat now shows: sent messages, and edits of them. */
  List<String> textsTo(long chatId) {
    return callsTo(chatId).stream()
        .filter(c -> c.method().equals("sendmessage") || c.method().equals("editmessagetext"))
        .map(Call::text).toList();
  }

  /** Waits until a call matches, or fails the test after the timeout. */
  Call await(Predicate<Call> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    while (true) {
      long seen;
      synchronized (signal) {
        seen = version;
      }
      List<Call> fresh;
      synchronized (lock) {
        fresh = new ArrayList<>(calls.subList(checked, calls.size()));
      }
      // Only calls not seen yet: fifty waiting users must not rescan everything on each call.
      for (Call c : fresh) {
        if (condition.test(c)) {
          return c;
        }
      }
      checked += fresh.size();
      synchronized (signal) {
        while (version == seen) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new AssertionError("no matching call within " + timeout + "; calls: " + summary());
          }
          try {
            signal.wait(Math.max(1, left / 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
          }
        }
      }
    }
  }

  /** Waits for a message or edit to the chat whose text contains the fragment. */
  Call awaitText(long chatId, String fragment) {
    return awaitText(chatId, fragment, Duration.ofSeconds(20));
  }

  Call awaitText(long chatId, String fragment, Duration timeout) {
    return await(c -> c.chatId() == chatId && c.text() != null && c.text().contains(fragment)
        && (c.method().equals("sendmessage") || c.method().equals("editmessagetext")), timeout);
  }

  /** The callback data of the button with the label, on the latest message to the chat that has it. */
  int messageIdOf(Call call) {
    return call.method().equals("editmessagetext") ? call.body().path("message_id").asInt()
        : call.body().path("_message_id").asInt();
  }

  String buttonData(Call call, String label) {
    for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        if (button.path("text").asText().contains(label)) {
          return button.path("callback_data").asText();
        }
      }
    }
    throw new AssertionError("no button '" + label + "' in " + call.body());
  }

  Long deliveredAtNanos(int updateId) {
    synchronized (lock) {
      return deliveredAt.get(updateId);
    }
  }

  private String summary() {
    StringBuilder b = new StringBuilder();
    for (Call c : calls()) {
      b.append("\n  ").append(c.method()).append(' ').append(c.body().path("chat_id").asText())
          .append(' ').append(c.text() == null ? "" : c.text().replace('\n', ' ')
              .substring(0, Math.min(80, c.text().length())));
    }
    return b.toString();
  }

  // ---- the HTTP side ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
      if (!m.matches() || !m.group(1).equals(TOKEN)) {
        reply(exchange, 404, error(404, "Not Found"));
        return;
      }
      String method = m.group(2).toLowerCase(Locale.ROOT);
      if (tokenRevoked) {
        record(new Call(method + "!401", JSON.createObjectNode(), System.nanoTime()));
        reply(exchange, 401, error(401, "Unauthorized"));
        return;
      }
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      JsonNode body = bytes.length == 0 ? JSON.createObjectNode()
          : type != null && type.startsWith("multipart/form-data") ? multipart(type, bytes)
          : JSON.readTree(bytes);
      Garbled garble;
      synchronized (lock) {
        Deque<Garbled> scripted = garbled.get(method);
        garble = scripted == null ? null : scripted.poll();
      }
      JsonNode answer = answer(method, (ObjectNode) body);
      if (garble != null && answer.path("ok").asBoolean()) {
        replyGarbled(exchange, garble, answer);
        return;
      }
      reply(exchange, answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(), answer);
    }
  }

  /**
   * A multipart upload (sendDocument, sendPhoto) as JSON: plain fields by name, and for the file
   * "_file_name" and "_file_base64".
   */
  private static ObjectNode multipart(String contentType, byte[] bytes) {
    String boundary = "--" + contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    ObjectNode body = JSON.createObjectNode();
    for (String part : raw.split(Pattern.quote(boundary))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      String headers = part.substring(0, split);
      String content = part.substring(split + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
      Matcher file = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
      if (!name.find()) {
        continue;
      }
      byte[] value = content.getBytes(StandardCharsets.ISO_8859_1);
      if (file.find()) {
        body.put("_file_field", name.group(1));
        body.put("_file_name", file.group(1));
        body.put("_file_base64", java.util.Base64.getEncoder().encodeToString(value));
      } else {
        body.put(name.group(1), new String(value, StandardCharsets.UTF_8));
      }
    }
    return body;
  }

  /** The bytes of the file a sendDocument or sendPhoto call carried. */
  static byte[] fileOf(Call call) {
    return java.util.Base64.getDecoder().decode(call.body().path("_file_base64").asText());
  }

  private JsonNode answer(String method, ObjectNode body) {
    if (method.equals("getupdates")) {
      Failure refusal;
      synchronized (lock) {
        Deque<Failure> scripted = failures.get(method);
        refusal = scripted == null ? null : scripted.poll();
        if (refusal != null) {
          record(new Call(method + "!" + refusal.code(), body, System.nanoTime()));
        }
      }
      return refusal == null ? getUpdates(body) : error(refusal.code(), refusal.description());
    }
    synchronized (lock) {
      long chat = body.path("chat_id").asLong();
      Deque<Failure> scripted = failures.get(method);
      Failure failure = scripted == null ? null : scripted.poll();
      if (failure == null && method.startsWith("send") && chatFailures.containsKey(chat)) {
        failure = chatFailures.get(chat).poll();
      }
      if (failure == null && blockedChats.contains(chat) && method.startsWith("send")) {
        failure = new Failure(403, "Forbidden: bot was blocked by the user", null);
      }
      if (failure == null) {
        failure = validate(method, body);
      }
      if (failure == null && overRate(method)) {
        failure = new Failure(429, "Too Many Requests: retry after 1", 1);
      }
      if (failure != null) {
        record(new Call(method + "!" + failure.code(), body, System.nanoTime()));
        ObjectNode error = error(failure.code(), failure.description());
        if (failure.retryAfter() != null) {
          error.putObject("parameters").put("retry_after", failure.retryAfter());
        }
        return error;
      }
      JsonNode result = result(method, body);
      record(new Call(method, body, System.nanoTime()));
      ObjectNode ok = JSON.createObjectNode();
      ok.put("ok", true);
      ok.set("result", result);
      return ok;
    }
  }

  /** Runs for every call as it is recorded: a test reads its own clock at that moment. */
  void onCall(java.util.function.Consumer<Call> observer) {
    this.observer = observer;
  }

  private void record(Call call) {
    calls.add(call);
    if (observer != null) {
      observer.accept(call);
    }
    synchronized (signal) {
      version++;
      signal.notifyAll();
    }
  }

  private JsonNode result(String method, ObjectNode body) {
    long chat = body.path("chat_id").asLong();
    switch (method) {
      case "sendmessage" -> {
        int id = nextMessageId++;
        body.put("_message_id", id);
        messageTexts.put(chat + ":" + id, body.path("text").asText() + body.path("reply_markup"));
        return sentMessage(chat, id, body.path("text").asText());
      }
      case "editmessagetext", "editmessagereplymarkup" -> {
        int id = body.path("message_id").asInt();
        String text = body.has("text") ? body.path("text").asText() : "";
        messageTexts.put(chat + ":" + id, text + body.path("reply_markup"));
        return sentMessage(chat, id, text);
      }
      case "senddocument", "sendphoto" -> {
        int id = nextMessageId++;
        body.put("_message_id", id);
        return sentMessage(chat, id, body.path("caption").asText(""));
      }
      case "getme" -> {
        return JSON.createObjectNode().put("id", 123456).put("is_bot", true)
            .put("first_name", "ketnoi").put("username", "ketnoi_test_bot");
      }
      default -> {
        return JSON.getNodeFactory().booleanNode(true);
      }
    }
  }

  /** What the real Bot API refuses: empty or over-long text, broken HTML, unchanged edits. */
  private Failure validate(String method, ObjectNode body) {
    if (!method.equals("sendmessage") && !method.equals("editmessagetext")) {
      if (method.equals("editmessagereplymarkup")) {
        String key = body.path("chat_id").asLong() + ":" + body.path("message_id").asInt();
        if (!messageTexts.containsKey(key)) {
          return new Failure(400, "Bad Request: message to edit not found", null);
        }
      }
      return null;
    }
    String text = body.path("text").asText("");
    if (text.isEmpty()) {
      return new Failure(400, "Bad Request: message text is empty", null);
    }
    String plain = "HTML".equalsIgnoreCase(body.path("parse_mode").asText()) ? htmlToPlain(text) : text;
    if (plain == null) {
      return new Failure(400, "Bad Request: can't parse entities: unsupported start tag or entity", null);
    }
    if (plain.codePointCount(0, plain.length()) > 4096) {
      return new Failure(400, "Bad Request: message is too long", null);
    }
    if (method.equals("editmessagetext")) {
      String key = body.path("chat_id").asLong() + ":" + body.path("message_id").asInt();
      String before = messageTexts.get(key);
      if (before == null) {
        return new Failure(400, "Bad Request: message to edit not found", null);
      }
      if (before.equals(text + body.path("reply_markup"))) {
        return new Failure(400, "Bad Request: message is not modified: specified new message content"
            + " and reply markup are exactly the same as a current content and reply markup of the message", null);
      }
    }
    return null;
  }

  /** The text Telegram would show, or null when it would refuse the HTML. */
  static String htmlToPlain(String html) {
    StringBuilder out = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '&') {
        Matcher e = Pattern.compile("&(lt|gt|amp|quot|#\\d+|#x[0-9a-fA-F]+);").matcher(html);
        if (!e.find(i) || e.start() != i) {
          return null;
        }
        String entity = e.group(1);
        out.append(switch (entity) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          default -> new String(Character.toChars(entity.startsWith("#x")
              ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
        });
        i = e.end();
      } else if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          return null;
        }
        String tag = html.substring(i + 1, end).trim();
        boolean closing = tag.startsWith("/");
        String name = (closing ? tag.substring(1) : tag).split("\\s")[0].toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name)) {
          return null;
        }
        if (closing) {
          if (open.isEmpty() || !open.pop().equals(name)) {
            return null;
          }
        } else {
          open.push(name);
        }
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return open.isEmpty() ? out.toString() : null;
  }

  /** How many getUpdates calls have been answered, refused ones included. */
  long polls() {
    return polls.get();
  }

  private JsonNode getUpdates(ObjectNode body) {
    polls.incrementAndGet();
    int offset = body.path("offset").asInt(0);
    long timeoutMs = Math.min(body.path("timeout").asLong(0) * 1000, 2000);
    long deadline = System.currentTimeMillis() + timeoutMs;
    ArrayNode result = JSON.createArrayNode();
    synchronized (lock) {
      updates.removeIf(u -> u.path("update_id").asInt() < offset);
      while (updates.isEmpty() && System.currentTimeMillis() < deadline) {
        try {
          lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        updates.removeIf(u -> u.path("update_id").asInt() < offset);
      }
      long now = System.nanoTime();
      for (ObjectNode u : updates) {
        result.add(u);
        deliveredAt.putIfAbsent(u.path("update_id").asInt(), now);
      }
    }
    ObjectNode ok = JSON.createObjectNode();
    ok.put("ok", true);
    ok.set("result", result);
    return ok;
  }

  private int push(String kind, ObjectNode payload) {
    synchronized (lock) {
      int id = nextUpdateId++;
      ObjectNode update = JSON.createObjectNode();
      update.put("update_id", id);
      update.set(kind, payload);
      updates.add(update);
      history.put(id, update);
      lock.notifyAll();
      return id;
    }
  }

  private ObjectNode message(long chatId) {
    ObjectNode message = JSON.createObjectNode();
    synchronized (lock) {
      message.put("message_id", nextMessageId++);
    }
    message.set("from", user(chatId));
    message.set("chat", chat(chatId, "private"));
    message.put("date", 1_700_000_000);
    return message;
  }

  private static ObjectNode user(long id) {
    return JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Test")
        .put("language_code", "vi");
  }

  private static ObjectNode chat(long id, String type) {
    ObjectNode chat = JSON.createObjectNode().put("id", id).put("type", type);
    if (type.equals("private")) {
      chat.put("first_name", "Test");
    } else {
      chat.put("title", "Nhóm");
    }
    return chat;
  }

  private static ObjectNode sentMessage(long chat, int id, String text) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", id);
    m.put("date", 1_700_000_001);
    m.set("chat", chat(chat, "private"));
    m.put("text", text);
    return m;
  }

  private static ObjectNode error(int code, String description) {
    return JSON.createObjectNode().put("ok", false).put("error_code", code)
        .put("description", description);
  }

  private static void replyGarbled(HttpExchange exchange, Garbled garble, JsonNode answer)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (garble == Garbled.WRONG_RESULT) {
      ObjectNode odd = JSON.createObjectNode().put("ok", true);
      odd.putObject("result").put("message_id", "not a number").put("date", "yesterday");
      byte[] bytes = JSON.writeValueAsBytes(odd);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
      return;
    }
    if (garble == Garbled.CUT_OFF) {
      // A handler that throws before answering makes the JDK server drop the connection.
      throw new IOException("connection cut by the stand-in");
    }
    byte[] bytes = JSON.writeValueAsBytes(answer);
    exchange.sendResponseHeaders(200, bytes.length / 2);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes, 0, bytes.length / 2);
    }
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      lock.notifyAll();
    }
    server.stop(0);
  }
}
