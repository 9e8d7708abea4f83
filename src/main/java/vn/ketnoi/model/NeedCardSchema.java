package vn.ketnoi.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Support;

/** The need-card contract as a JSON schema, sent to Ollama as the response format. */
final class NeedCardSchema {
  private NeedCardSchema() {}

  static final List<String> KEYS =
      List.of("intent", "company_name", "contact_name", "phone", "email", "province", "sector",
          "need_type", "title", "description", "origin_scope", "origin_countries",
          "budget_vnd_min", "budget_vnd_max", "timeline", "support_wanted", "employees",
          "products");

  static JsonSchema schema() {
    JsonSchemaElement text = nullable(new JsonStringSchema());
    JsonSchemaElement integer = nullable(new JsonIntegerSchema());
    JsonSchemaElement strings = JsonArraySchema.builder().items(new JsonStringSchema()).build();
    JsonObjectSchema root =
        JsonObjectSchema.builder()
            .addProperty("intent", enumOf(Intent.values(), Intent::code))
            .addProperty("company_name", text)
            .addProperty("contact_name", text)
            .addProperty("phone", text)
            .addProperty("email", text)
            .addProperty("province", text)
            .addProperty("sector", nullable(enumOf(Sector.values(), Sector::code)))
            .addProperty("need_type", nullable(enumOf(NeedType.values(), NeedType::code)))
            .addProperty("title", text)
            .addProperty("description", text)
            .addProperty("origin_scope", nullable(enumOf(OriginScope.values(), OriginScope::code)))
            .addProperty("origin_countries", strings)
            .addProperty("budget_vnd_min", integer)
            .addProperty("budget_vnd_max", integer)
            .addProperty("timeline", text)
            .addProperty("support_wanted",
                JsonArraySchema.builder().items(enumOf(Support.values(), Support::code)).build())
            .addProperty("employees", integer)
            .addProperty("products", strings)
            .required(KEYS)
            .additionalProperties(false)
            .build();
    return JsonSchema.builder().name("need_card").rootElement(root).build();
  }

  private static <E> JsonEnumSchema enumOf(E[] values, Function<E, String> code) {
    return JsonEnumSchema.builder().enumValues(Arrays.stream(values).map(code).toList()).build();
  }

  private static JsonSchemaElement nullable(JsonSchemaElement element) {
    return JsonAnyOfSchema.builder().anyOf(element, new JsonNullSchema()).build();
  }
}
