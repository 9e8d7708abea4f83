package vn.ketnoi.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;

/**
 * Rules always, the model when it answers: crisp fields (phone, e-mail, budget, headcount) come
 * from the rules when they found something (else from the model, if grounded in the text), semantic
 * fields from the model's answer where it states a valid value (else the rules'), each field
 * recording which one produced it. Any failure of the model — timeout, refused
 * connection, HTTP error, invalid answer after one repair — leaves the turn to the rules.
 */
public final class ModelExtractor implements Extractor {
  private static final Logger LOG = LoggerFactory.getLogger(ModelExtractor.class);

  private final RuleExtractor rules;
  private final ChatModel model;
  private final Prompts prompts;
  private final Provinces provinces;
  private final CircuitBreaker breaker;
  private final ModelStats stats;
  private final ResponseFormat format =
      ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(NeedCardSchema.schema()).build();

  ModelExtractor(RuleExtractor rules, ChatModel model, Prompts prompts, Provinces provinces,
      CircuitBreaker breaker, ModelStats stats) {
    this.rules = rules;
    this.model = model;
    this.prompts = prompts;
    this.provinces = provinces;
    this.breaker = breaker;
    this.stats = stats;
  }

  public ModelStats stats() {
    return stats;
  }

  @Override
  public Extraction extract(String message, NeedCard draft) {
    Extraction fromRules = rules.extract(message, draft);
    if (!breaker.allow()) {
      stats.skipped();
      return fromRules;
    }
    long started = System.nanoTime();
    ModelAnswer answer;
    try {
      answer = ask(message, draft, started);
    } catch (RuntimeException e) {
      breaker.failure();
      stats.failed(System.nanoTime() - started);
      LOG.warn("model call failed ({}: {}); this turn uses the rules", e.getClass().getSimpleName(),
          e.getMessage());
      return fromRules;
    }
    if (!answer.json()) {
      return fromRules;
    }
    Grounding.Result grounded = Grounding.check(answer.card(), message);
    stats.grounding(grounded.checked(), grounded.dropped());
    return merge(fromRules, answer.intent(), grounded.card());
  }

  /** One call, and one repair when the answer breaks the contract. */
  private ModelAnswer ask(String message, NeedCard draft, long started) {
    List<ChatMessage> conversation = new ArrayList<>();
    conversation.add(SystemMessage.from(prompts.system()));
    conversation.add(UserMessage.from(Prompts.fill(prompts.user(),
        Map.of("draft", json(draft), "message", message))));
    String first = chat(conversation);
    ModelAnswer answer = ModelAnswer.parse(first, provinces);
    if (answer.valid()) {
      breaker.success();
      stats.answered(System.nanoTime() - started, true, false);
      return answer;
    }
    conversation.add(AiMessage.from(first == null ? "" : first));
    conversation.add(UserMessage.from(Prompts.fill(prompts.repair(),
        Map.of("problems", String.join("; ", answer.problems())))));
    ModelAnswer repaired = ModelAnswer.parse(chat(conversation), provinces);
    stats.answered(System.nanoTime() - started, false, repaired.valid());
    if (repaired.json()) {
      breaker.success();
      return repaired;
    }
    // Repeated nonsense is a failure too: a model that cannot answer is not waited on forever.
    breaker.failure();
    LOG.warn("model answered without usable JSON twice; this turn uses the rules");
    return answer.json() ? answer : repaired;
  }

  private String chat(List<ChatMessage> conversation) {
    return model.chat(ChatRequest.builder().messages(conversation).responseFormat(format).build())
        .aiMessage().text();
  }

  /**
   * Crisp fields from the rules when they found something, else the model's grounded value;
   * semantic fields from the model when it states a valid value, else the rules'. The model can
   * add or correct a field, never blank one: a null, an empty list or a value validation or
   * grounding refused keeps what the rules read, so the bot never asks for what the business
   * just said. The rules' own false readings ("anh Nam" is not "nấm") are fixed in the rules.
   */
  static Extraction merge(Extraction fromRules, Intent modelIntent, NeedCard m) {
    NeedCard r = fromRules.card();
    Map<String, Source> sources = new HashMap<>();
    Picker p = new Picker(sources, fromRules.sources());
    boolean rulesBudget = r.hasBudget();
    NeedCard merged =
        new NeedCard(
            p.semantic("company_name", m.companyName(), r.companyName()),
            p.semantic("contact_name", m.contactName(), r.contactName()),
            p.crisp("phone", r.phone(), m.phone()),
            p.crisp("email", r.email(), m.email()),
            p.semantic("province", m.province(), r.province()),
            p.semantic("sector", m.sector(), r.sector()),
            p.semantic("need_type", m.needType(), r.needType()),
            p.semantic("title", m.title(), r.title()),
            p.semantic("description", m.description(), r.description()),
            p.semantic("origin_scope", m.originScope(), r.originScope()),
            p.semantic("origin_countries", m.originCountries(), r.originCountries()),
            rulesBudget ? p.rules("budget_vnd_min", r.budgetVndMin()) : p.model("budget_vnd_min", m.budgetVndMin()),
            rulesBudget ? p.rules("budget_vnd_max", r.budgetVndMax()) : p.model("budget_vnd_max", m.budgetVndMax()),
            p.semantic("timeline", m.timeline(), r.timeline()),
            p.semantic("support_wanted", m.supportWanted(), r.supportWanted()),
            p.crisp("employees", r.employees(), m.employees()),
            p.semantic("products", m.products(), r.products()));
    Intent intent = intent(fromRules, modelIntent);
    if (intent == Intent.QUESTION && !Objects.equals(merged.province(), r.province())) {
      // A question's province is the asker's, which only the rules tell from the question's topic.
      merged = merged.with(Field.PROVINCE, r.province());
      sources.remove("province");
      p.rules("province", r.province());
    }
    return new Extraction(intent, merged, sources, intent == Intent.NEED ? fromRules.question() : null);
  }

  /**
   * The model's intent, except that it cannot throw away a need the rules read with its need
   * clause (a title): a need told and then asked about stays a need, whatever the model calls it.
   */
  private static Intent intent(Extraction fromRules, Intent modelIntent) {
    boolean rulesReadANeed = fromRules.intent() == Intent.NEED && fromRules.card().title() != null;
    if (modelIntent == null || (rulesReadANeed && modelIntent != Intent.NEED)) {
      return fromRules.intent();
    }
    return modelIntent;
  }

  /** Takes one field from the model or the rules and records which. */
  private record Picker(Map<String, Source> sources, Map<String, Source> ruleSources) {
    <T> T crisp(String key, T fromRules, T fromModel) {
      return stated(fromRules) ? rules(key, fromRules) : model(key, fromModel);
    }

    <T> T semantic(String key, T fromModel, T fromRules) {
      return stated(fromModel) ? model(key, fromModel) : rules(key, fromRules);
    }

    <T> T model(String key, T value) {
      if (stated(value)) {
        sources.put(key, Source.MODEL);
      }
      return value;
    }

    <T> T rules(String key, T value) {
      if (stated(value)) {
        sources.put(key, ruleSources.getOrDefault(key, Source.RULES));
      }
      return value;
    }

    private static boolean stated(Object value) {
      return value != null && !(value instanceof List<?> l && l.isEmpty());
    }
  }

  private static String json(NeedCard draft) {
    try {
      return Json.MAPPER.writeValueAsString(draft);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
