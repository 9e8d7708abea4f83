package vn.ketnoi.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.knowledge.QuestionAnswerer;

/** The locally hosted model behind the model path: its client and its start-up check. */
public final class Ollama {
  /** How to reach and drive the model. */
  public record Settings(String baseUrl, String model, Duration timeout, int contextSize) {}

  /** What /api/tags said. */
  public record Status(boolean reachable, boolean modelPulled, List<String> models, String error) {}

  /** Kept loaded between messages, so a business does not wait for the model to load. */
  static final int KEEP_ALIVE_SECONDS = 30 * 60;

  private Ollama() {}

  /** One connection to the model, shared by the extractor and the answerer, with one breaker. */
  public record Model(ChatModel chat, CircuitBreaker breaker) {}

  public static Model connect(Settings settings, Clock clock) {
    OllamaChatModel model =
        OllamaChatModel.builder()
            .baseUrl(settings.baseUrl())
            .timeout(settings.timeout())
            .maxRetries(0) // the breaker and the rules handle failures; retries would triple the wait
            .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
            .defaultRequestParameters(
                OllamaChatRequestParameters.builder()
                    .modelName(settings.model())
                    .temperature(0.0)
                    .numCtx(settings.contextSize())
                    .keepAlive(KEEP_ALIVE_SECONDS)
                    .build())
            .build();
    return new Model(model, new CircuitBreaker(3, Duration.ofSeconds(60), clock));
  }

  public static ModelExtractor extractor(Model model, RuleExtractor rules, Provinces provinces) {
    return new ModelExtractor(rules, model.chat(), Prompts.load(), provinces, model.breaker(),
        new ModelStats());
  }

  /** Convenience for one-off use (eval, tests): its own connection and breaker. */
  public static ModelExtractor extractor(Settings settings, RuleExtractor rules, Provinces provinces,
      Clock clock) {
    return extractor(connect(settings, clock), rules, provinces);
  }

  public static QuestionAnswerer answerer(Model model, QuestionAnswerer fallback) {
    return new ModelAnswerer(model.chat(), Prompts.load().answer(), model.breaker(), fallback);
  }

  /** GET /api/tags: is Ollama reachable, and is the model pulled? */
  public static Status check(Settings settings) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/api/tags"))
              .timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return new Status(true, false, List.of(), "HTTP " + response.statusCode());
      }
      List<String> models = new ArrayList<>();
      JsonNode tags = Json.MAPPER.readTree(response.body());
      tags.path("models").forEach(m -> models.add(m.path("name").asText()));
      boolean pulled = models.stream().anyMatch(name -> name.equals(settings.model())
          || name.equals(settings.model() + ":latest"));
      return new Status(true, pulled, models, null);
    } catch (IOException e) {
      return new Status(false, false, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Status(false, false, List.of(), "interrupted");
    }
  }

  /** The one start-up log line: what works and what to do. */
  public static String describe(Settings settings, Status status) {
    if (!status.reachable()) {
      return "Ollama at " + settings.baseUrl() + " is not reachable (" + status.error()
          + "): messages are read by the rules until it answers; start it with `ollama serve`";
    }
    if (!status.modelPulled()) {
      return "Ollama at " + settings.baseUrl() + " is up but model " + settings.model()
          + " is not pulled (has " + status.models() + "): run `ollama pull " + settings.model()
          + "`; until then messages are read by the rules";
    }
    return "Ollama at " + settings.baseUrl() + " serves " + settings.model()
        + ": messages are read by the model, checked by the rules";
  }
}
