package vn.ketnoi.knowledge;

import java.util.List;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;

/** One technology offer (supply), a row of knowledge/offers.csv. */
public record Offer(
    String id,
    String title,
    String provider,
    String providerType,
    String originCountry,
    Sector sector,
    List<NeedType> needTypes,
    String summary,
    List<String> keywords,
    Long priceMin,
    Long priceMax,
    String stage,
    String contact,
    String url,
    String lastChecked) {

  public static final String DOMESTIC = "Việt Nam";

  public Offer {
    needTypes = List.copyOf(needTypes);
    keywords = List.copyOf(keywords);
  }

  public boolean domestic() {
    return DOMESTIC.equals(originCountry);
  }
}
