package vn.ketnoi.card;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The structured need (need-card.md), every key but intent. Absent values are null, absent lists
 * empty. JSON names are snake_case (see extraction.Json).
 */
public record NeedCard(
    String companyName,
    String contactName,
    String phone,
    String email,
    String province,
    Sector sector,
    NeedType needType,
    String title,
    String description,
    OriginScope originScope,
    List<String> originCountries,
    Long budgetVndMin,
    Long budgetVndMax,
    String timeline,
    List<Support> supportWanted,
    Integer employees,
    List<String> products) {

  public static final NeedCard EMPTY =
      new NeedCard(
          null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null,
          List.of(), null, List.of());

  public NeedCard {
    originCountries = originCountries == null ? List.of() : List.copyOf(originCountries);
    supportWanted = supportWanted == null ? List.of() : List.copyOf(supportWanted);
    products = products == null ? List.of() : List.copyOf(products);
  }

  /**
   * This card updated by a later message: a value the later message states replaces the earlier
   * one (a correction), lists gather what every message asked for.
   */
  public NeedCard mergedWith(NeedCard later) {
    return new NeedCard(
        pick(later.companyName, companyName),
        pick(later.contactName, contactName),
        pick(later.phone, phone),
        pick(later.email, email),
        pick(later.province, province),
        pick(later.sector, sector),
        pick(later.needType, needType),
        pick(later.title, title),
        // A later message that names the need anew brings its own description; otherwise the
        // first description stays (a phone number sent later is not a description).
        later.title != null ? pick(later.description, description) : pick(description, later.description),
        pick(later.originScope, originScope),
        union(originCountries, later.originCountries),
        later.hasBudget() ? later.budgetVndMin : budgetVndMin,
        later.hasBudget() ? later.budgetVndMax : budgetVndMax,
        pick(later.timeline, timeline),
        union(supportWanted, later.supportWanted),
        pick(later.employees, employees),
        union(products, later.products));
  }

  public NeedCard withTitle(String newTitle) {
    return new NeedCard(companyName, contactName, phone, email, province, sector, needType,
        newTitle, description, originScope, originCountries, budgetVndMin, budgetVndMax, timeline,
        supportWanted, employees, products);
  }

  public NeedCard withDescription(String newDescription) {
    return new NeedCard(companyName, contactName, phone, email, province, sector, needType, title,
        newDescription, originScope, originCountries, budgetVndMin, budgetVndMax, timeline,
        supportWanted, employees, products);
  }

  /** This card with the budget's bounds set (a null bound clears it). */
  public NeedCard withBudget(Long min, Long max) {
    return with(Field.BUDGET_VND_MIN, min).with(Field.BUDGET_VND_MAX, max);
  }

  /**
   * This card with one field set to a value typed as the card holds it (null, or an empty list,
   * clears it). Unlike {@link #mergedWith}, a list is replaced, not added to: a correction.
   */
  @SuppressWarnings("unchecked")
  public NeedCard with(Field field, Object value) {
    return new NeedCard(
        field == Field.COMPANY_NAME ? (String) value : companyName,
        field == Field.CONTACT_NAME ? (String) value : contactName,
        field == Field.PHONE ? (String) value : phone,
        field == Field.EMAIL ? (String) value : email,
        field == Field.PROVINCE ? (String) value : province,
        field == Field.SECTOR ? (Sector) value : sector,
        field == Field.NEED_TYPE ? (NeedType) value : needType,
        field == Field.TITLE ? (String) value : title,
        field == Field.DESCRIPTION ? (String) value : description,
        field == Field.ORIGIN_SCOPE ? (OriginScope) value : originScope,
        field == Field.ORIGIN_COUNTRIES ? (List<String>) value : originCountries,
        field == Field.BUDGET_VND_MIN ? (Long) value : budgetVndMin,
        field == Field.BUDGET_VND_MAX ? (Long) value : budgetVndMax,
        field == Field.TIMELINE ? (String) value : timeline,
        field == Field.SUPPORT_WANTED ? (List<Support>) value : supportWanted,
        field == Field.EMPLOYEES ? (Integer) value : employees,
        field == Field.PRODUCTS ? (List<String>) value : products);
  }

  public boolean hasBudget() {
    return budgetVndMin != null || budgetVndMax != null;
  }

  /** The fields this card states, by need-card key. */
  public List<String> statedFields() {
    List<String> fields = new ArrayList<>();
    for (Field field : Field.values()) {
      if (field.isStated(this)) {
        fields.add(field.key());
      }
    }
    return fields;
  }

  private static <T> T pick(T later, T earlier) {
    return later != null ? later : earlier;
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    LinkedHashSet<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
