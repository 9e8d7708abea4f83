package vn.ketnoi.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import vn.ketnoi.extraction.Json;

/**
 * Makes what telegrambots reports about a call unambiguous, so a reply is resent only when it
 * cannot have arrived. The client turns everything into one exception type; here, seeing the wire:
 * <ul>
 *   <li>a failure before the request was written becomes {@link NotSent} (safe to retry);
 *   <li>a failure after it was written, or an answer that cannot be read, becomes
 *       {@link AnswerLost} (Telegram may have the message: never resent automatically);
 *   <li>an answer that is not Telegram's JSON, or an {@code ok:false} without an error code,
 *       gets the HTTP status as its {@code error_code};
 * </ul>
 * so a {@code TelegramApiRequestException} without an error code (telegrambots says 0) can only
 * mean a 2xx {@code ok:true} answer the client could not read: the message was sent.
 */
final class ApiAnswers {
  /** Marks whether the call being run on this thread has reached the network interceptor. */
  private static final ThreadLocal<boolean[]> WRITTEN = new ThreadLocal<>();
  private static final MediaType JSON = MediaType.get("application/json");

  private ApiAnswers() {}

  /** Failed before the request left: Telegram has nothing. */
  static final class NotSent extends IOException {
    private static final long serialVersionUID = 1L;

    NotSent(IOException cause) {
      super("not sent: " + cause.getMessage(), cause);
    }
  }

  /** The request left, but no readable answer came back: Telegram may have it. */
  static final class AnswerLost extends IOException {
    private static final long serialVersionUID = 1L;

    AnswerLost(IOException cause) {
      super("no answer: " + cause.getMessage(), cause);
    }
  }

  /** Wraps the whole call (runs first, on the thread OkHttp runs the call on). */
  static Interceptor application() {
    return chain -> {
      boolean[] written = {false};
      WRITTEN.set(written);
      Response response;
      try {
        response = chain.proceed(chain.request());
      } catch (IOException e) {
        throw written[0] ? new AnswerLost(e) : new NotSent(e);
      } finally {
        WRITTEN.remove();
      }
      return normalised(response);
    };
  }

  /** Runs once a connection is open, just before the request is written. */
  static Interceptor network() {
    return chain -> {
      boolean[] written = WRITTEN.get();
      if (written != null) {
        written[0] = true;
      }
      return chain.proceed(chain.request());
    };
  }

  private static Response normalised(Response response) throws IOException {
    byte[] bytes;
    try (ResponseBody body = response.body()) {
      bytes = body == null ? new byte[0] : body.bytes();
    } catch (IOException e) {
      throw new AnswerLost(e);
    }
    JsonNode json = parse(bytes);
    if (json == null || !json.path("ok").isBoolean()) {
      ObjectNode error = Json.MAPPER.createObjectNode().put("ok", false)
          .put("error_code", response.code())
          .put("description", "unreadable answer (HTTP " + response.code() + ")");
      bytes = Json.MAPPER.writeValueAsBytes(error);
    } else if (!json.path("ok").asBoolean() && json.path("error_code").asInt(0) == 0) {
      ((ObjectNode) json).put("error_code", response.code());
      bytes = Json.MAPPER.writeValueAsBytes(json);
    }
    return response.newBuilder().body(ResponseBody.create(bytes, JSON)).build();
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      JsonNode node = Json.MAPPER.readTree(bytes);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** An answer that is not Telegram's: its description starts so. */
  static boolean unreadable(String description) {
    return description != null && description.startsWith("unreadable answer");
  }
}
