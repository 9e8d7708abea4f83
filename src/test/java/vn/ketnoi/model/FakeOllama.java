package vn.ketnoi.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A stand-in Ollama server on loopback with the real wire format: POST /api/chat (stream false,
 * message.content, done, prompt_eval_count, eval_count), POST /api/embed ({"model","input":[...]}
 * to {"model","embeddings":[[...]]}) and GET /api/tags. What it answers is scripted per test:
 * right, wrong, slow, broken. /api/embed answers 404 "model not found", as Ollama does, for a
 * model not given to {@link #embeddings}.
 */
public final class FakeOllama implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How to answer one chat request. */
  public sealed interface Answer permits Content, Slow, Status {}

  /** A normal answer with this message content. */
  public record Content(String text) implements Answer {}

  /** An answer that comes only after the delay (or when the server closes). */
  public record Slow(Duration delay, String text) implements Answer {}

  /** An HTTP error. */
  public record Status(int code) implements Answer {}

  private final HttpServer server;
  private final List<JsonNode> requests = new ArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile Function<JsonNode, Answer> script;
  private volatile List<String> models = List.of("qwen2.5:7b-instruct");
  private final List<JsonNode> embedRequests = new ArrayList<>();
  private volatile String embedModel;
  private volatile Function<String, float[]> vectors;

  public FakeOllama(Function<JsonNode, Answer> script) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.script = script;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/chat", this::chat);
    server.createContext("/api/tags", this::tags);
    server.createContext("/api/embed", this::embed);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-ollama");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void script(Function<JsonNode, Answer> next) {
    this.script = next;
  }

  void models(List<String> names) {
    this.models = List.copyOf(names);
  }

  public synchronized List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  /** From now on /api/embed serves {@code model}, each input's vector given by {@code vectorOf}. */
  public void embeddings(String model, Function<String, float[]> vectorOf) {
    this.embedModel = model;
    this.vectors = vectorOf;
  }

  /** Every /api/embed request received, in order. */
  public synchronized List<JsonNode> embedRequests() {
    return List.copyOf(embedRequests);
  }

  /** How many texts were sent to /api/embed in all. */
  public synchronized int embeddedTexts() {
    return embedRequests.stream().mapToInt(r -> r.path("input").isArray() ? r.path("input").size() : 1).sum();
  }

  private void embed(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
      synchronized (this) {
        embedRequests.add(request);
      }
      String model = request.path("model").asText();
      Function<String, float[]> vectorOf = vectors;
      if (vectorOf == null || !model.equals(embedModel)) {
        send(exchange, 404, JSON.createObjectNode()
            .put("error", "model \"" + model + "\" not found, try pulling it first"));
        return;
      }
      ObjectNode body = JSON.createObjectNode();
      body.put("model", model);
      var embeddings = body.putArray("embeddings");
      JsonNode input = request.path("input");
      List<String> texts = new ArrayList<>();
      if (input.isArray()) {
        input.forEach(t -> texts.add(t.asText()));
      } else {
        texts.add(input.asText());
      }
      for (String text : texts) {
        var vector = embeddings.addArray();
        for (float v : vectorOf.apply(text)) {
          vector.add(v);
        }
      }
      body.put("total_duration", 1_000_000);
      body.put("load_duration", 1000);
      body.put("prompt_eval_count", texts.size());
      send(exchange, 200, body);
    } catch (IOException e) {
      // the client gave up (timeout): nothing to answer
    }
  }

  /** The user's new message inside a chat request (after "Tin nhắn mới:"). */
  public static String newMessage(JsonNode request) {
    JsonNode messages = request.path("messages");
    String last = "";
    for (JsonNode m : messages) {
      if (m.path("role").asText().equals("user") && m.path("content").asText().contains("Tin nhắn mới:")) {
        last = m.path("content").asText();
      }
    }
    int at = last.indexOf("Tin nhắn mới:");
    return at < 0 ? "" : last.substring(at + "Tin nhắn mới:".length()).strip();
  }

  private void chat(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
      synchronized (this) {
        requests.add(request);
      }
      Answer answer = script.apply(request);
      if (answer instanceof Status status) {
        send(exchange, status.code(), JSON.createObjectNode().put("error", "stand-in error"));
        return;
      }
      String text;
      if (answer instanceof Slow slow) {
        try {
          closing.await(slow.delay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        text = slow.text();
      } else {
        text = ((Content) answer).text();
      }
      ObjectNode body = JSON.createObjectNode();
      body.put("model", request.path("model").asText());
      body.put("created_at", "2026-11-23T10:00:00.000Z");
      body.putObject("message").put("role", "assistant").put("content", text);
      body.put("done", true);
      body.put("done_reason", "stop");
      body.put("total_duration", 1_000_000);
      body.put("load_duration", 1000);
      body.put("prompt_eval_count", 2500);
      body.put("prompt_eval_duration", 1000);
      body.put("eval_count", 120);
      body.put("eval_duration", 1000);
      send(exchange, 200, body);
    } catch (IOException e) {
      // the client gave up (timeout): nothing to answer
    }
  }

  private void tags(HttpExchange exchange) throws IOException {
    try (exchange) {
      ObjectNode body = JSON.createObjectNode();
      var list = body.putArray("models");
      for (String name : models) {
        list.addObject().put("name", name).put("model", name).put("size", 4_700_000_000L);
      }
      send(exchange, 200, body);
    }
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Answers each dev-set message with its gold card (title, description, timeline, products null),
   * and any other message (a phone sent later, a name) with an empty need card.
   */
  public static java.util.function.Function<JsonNode, Answer> goldAnswers(java.nio.file.Path devSet)
      throws IOException {
    java.util.Map<String, String> gold = new java.util.HashMap<>();
    for (String line : java.nio.file.Files.readAllLines(devSet)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = JSON.readTree(line);
      ObjectNode card = ((ObjectNode) row.get("gold")).deepCopy();
      for (String key : List.of("title", "description", "timeline")) {
        card.putNull(key);
      }
      card.putArray("products");
      gold.put(row.get("text").asText().strip(), JSON.writeValueAsString(card));
    }
    String empty = "{\"intent\":\"need\",\"company_name\":null,\"contact_name\":null,\"phone\":null,"
        + "\"email\":null,\"province\":null,\"sector\":null,\"need_type\":null,\"title\":null,"
        + "\"description\":null,\"origin_scope\":null,\"origin_countries\":[],\"budget_vnd_min\":null,"
        + "\"budget_vnd_max\":null,\"timeline\":null,\"support_wanted\":[],\"employees\":null,"
        + "\"products\":[]}";
    return request -> new Content(gold.getOrDefault(newMessage(request), empty));
  }


  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
