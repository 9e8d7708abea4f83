package vn.ketnoi.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.ketnoi.extraction.Countries;
import vn.ketnoi.extraction.Emails;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.extraction.Phones;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Support;

/**
 * Reads a model's answer leniently (code fences, prose around the JSON, numbers as strings) and
 * strictly (every enum and type checked). A value that fails is left out and named in {@code
 * problems}, which are sent back to the model once to repair.
 */
record ModelAnswer(Intent intent, NeedCard card, List<String> problems, boolean json) {

  static ModelAnswer parse(String text, Provinces provinces) {
    JsonNode node = jsonIn(text);
    if (node == null || !node.isObject()) {
      return new ModelAnswer(null, NeedCard.EMPTY, List.of("không phải một đối tượng JSON"), false);
    }
    List<String> problems = new ArrayList<>();
    Intent intent = code(node, "intent", Intent.values(), Intent::code, problems);
    if (intent == null && !problems.contains("intent")) {
      problems.add("thiếu intent");
    }
    String province = string(node, "province", problems);
    String canonicalProvince = province == null ? null : provinces.parseAnswer(province);
    NeedCard card =
        new NeedCard(
            string(node, "company_name", problems),
            string(node, "contact_name", problems),
            phone(string(node, "phone", problems)),
            email(string(node, "email", problems)),
            canonicalProvince,
            code(node, "sector", Sector.values(), Sector::code, problems),
            code(node, "need_type", NeedType.values(), NeedType::code, problems),
            string(node, "title", problems),
            string(node, "description", problems),
            code(node, "origin_scope", OriginScope.values(), OriginScope::code, problems),
            countries(node, problems),
            number(node, "budget_vnd_min", problems),
            number(node, "budget_vnd_max", problems),
            string(node, "timeline", problems),
            codes(node, "support_wanted", Support.values(), Support::code, problems),
            employees(node, problems),
            strings(node, "products", problems));
    return new ModelAnswer(intent, card, List.copyOf(problems), true);
  }

  boolean valid() {
    return json && problems.isEmpty();
  }

  /** The JSON object in a text: bare, in ``` fences, or with prose around it. */
  static JsonNode jsonIn(String text) {
    if (text == null) {
      return null;
    }
    int start = text.indexOf('{');
    int end = text.lastIndexOf('}');
    if (start < 0 || end <= start) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(text.substring(start, end + 1));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String string(JsonNode node, String key, List<String> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      problems.add(key + " phải là chuỗi hoặc null");
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() || s.equalsIgnoreCase("null") ? null : s;
  }

  private static <E> E code(JsonNode node, String key, E[] values, Function<E, String> code,
      List<String> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    E e = matching(v.asText(), values, code);
    if (e == null) {
      problems.add(key + " \"" + v.asText() + "\" không thuộc danh sách cho phép");
    }
    return e;
  }

  private static <E> E matching(String given, E[] values, Function<E, String> code) {
    String normalised = given.strip().toLowerCase(Locale.ROOT);
    for (E e : values) {
      if (code.apply(e).equals(normalised)) {
        return e;
      }
    }
    return null;
  }

  private static <E> List<E> codes(JsonNode node, String key, E[] values, Function<E, String> code,
      List<String> problems) {
    JsonNode v = node.get(key);
    LinkedHashSet<E> result = new LinkedHashSet<>();
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      problems.add(key + " phải là danh sách");
      return List.of();
    }
    for (JsonNode item : v) {
      E e = matching(item.asText(), values, code);
      if (e == null) {
        problems.add(key + " \"" + item.asText() + "\" không thuộc danh sách cho phép");
      } else {
        result.add(e);
      }
    }
    return List.copyOf(result);
  }

  private static List<String> strings(JsonNode node, String key, List<String> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      problems.add(key + " phải là danh sách");
      return List.of();
    }
    List<String> result = new ArrayList<>();
    v.forEach(item -> {
      if (item.isTextual() && !item.asText().isBlank()) {
        result.add(item.asText().strip());
      }
    });
    return result;
  }

  private static List<String> countries(JsonNode node, List<String> problems) {
    LinkedHashSet<String> result = new LinkedHashSet<>();
    for (String name : strings(node, "origin_countries", problems)) {
      String canonical = Countries.canonical(name);
      result.add(canonical != null ? canonical : name);
    }
    return List.copyOf(result);
  }

  /** Whole numbers; "1500000000" and 1.5E9 are read too. */
  private static Long number(JsonNode node, String key, List<String> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return v.asLong();
    }
    if (v.isTextual() && v.asText().replaceAll("[.,\\s]", "").matches("\\d{1,15}")) {
      return Long.parseLong(v.asText().replaceAll("[.,\\s]", ""));
    }
    problems.add(key + " phải là số nguyên hoặc null");
    return null;
  }

  private static Integer employees(JsonNode node, List<String> problems) {
    Long n = number(node, "employees", problems);
    return n == null || n > 1_000_000 ? null : n.intValue();
  }

  private static String phone(String value) {
    return value == null ? null : Phones.normalise(value.startsWith("+") ? value : value.replaceAll("\\D", ""));
  }

  private static String email(String value) {
    return value == null ? null : Emails.find(value);
  }
}
