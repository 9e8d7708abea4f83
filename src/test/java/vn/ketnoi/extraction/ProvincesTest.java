package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvincesTest {
  private static final Provinces PROVINCES = new Provinces();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          cty minh o Kien Giang can may say                    | Kiên Giang
          ở Văn Lâm, Hưng Yên                                  | Hưng Yên
          o An Duong, Hai Phong, 40 cong nhan                  | Hải Phòng
          ở Hòa Bình, Bạc Liêu nuôi tôm                        | Bạc Liêu
          ở Krông Năng, Đắk Lắk                                | Đắk Lắk
          o Thu Duc, TPHCM                                     | TP. Hồ Chí Minh
          ở Q.7, TP.HCM làm nền tảng                           | TP. Hồ Chí Minh
          Startup bên mình ở Quận 7                            | TP. Hồ Chí Minh
          (Nha Trang, Khánh Hòa)                               | Khánh Hòa
          xưởng ở Sài Gòn                                      | TP. Hồ Chí Minh
          tại Biên Hòa                                         | Đồng Nai
          ở Đà Lạt                                             | Lâm Đồng
          ở Phú Quốc                                           | Kiên Giang
          o Can Tho                                            | Cần Thơ
          ở Thừa Thiên Huế                                     | Thừa Thiên Huế
          tp Huế                                               | Huế
          o Vung Tau                                           | Bà Rịa - Vũng Tàu
          ở Khánh Hoà                                          | Khánh Hòa
          ở Thanh Hoá                                          | Thanh Hóa
          o Dak Lak                                            | Đắk Lắk
          ở Đắc Lắc                                            | Đắk Lắk
          tỉnh Yên Bái                                         | Yên Bái
          HTX o Van Chan, Yen Bai                              | Yên Bái
          ở Mộc Châu                                           | Sơn La
          Cầu Giấy                                             | Hà Nội
          xuất khẩu sang Trung Quốc                            | null
          ở miền Tây                                           | null
          anh Hà Nam gọi lại                                   | null
          """)
  void finds_the_province_as_named(String text, String expected) {
    assertThat(PROVINCES.find(Doc.of(text), new BitSet())).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Kiên Giang     | An Giang
          Trà Vinh       | Vĩnh Long
          Bình Phước     | Đồng Nai
          Quảng Nam      | Đà Nẵng
          Sóc Trăng      | Cần Thơ
          Hà Giang       | Tuyên Quang
          Yên Bái        | Lào Cai
          Bình Dương     | TP. Hồ Chí Minh
          Hải Dương      | Hải Phòng
          Long An        | Tây Ninh
          Bạc Liêu       | Cà Mau
          Nghệ An        | Nghệ An
          Thừa Thiên Huế | Huế
          """)
  void maps_old_names_to_the_current_unit(String name, String current) {
    assertThat(PROVINCES.currentOf(name)).isEqualTo(current);
  }

  @Test
  void knows_the_63_old_and_34_current_units() {
    var current = new HashSet<String>();
    PROVINCES.names().forEach(n -> current.add(PROVINCES.currentOf(n)));
    assertThat(current).hasSize(34);
    assertThat(PROVINCES.names()).hasSize(64); // 63 old names plus "Thừa Thiên Huế" beside "Huế"
  }

  @Test
  void a_place_inside_a_company_name_is_not_the_province() {
    Doc doc = Doc.of("HTX Dừa sáp Cầu Kè cần máy sấy");
    Names.Span company = Names.company(doc);
    BitSet skip = new BitSet();
    skip.set(company.from(), company.to());
    assertThat(PROVINCES.find(doc, skip)).isNull();
  }
}
