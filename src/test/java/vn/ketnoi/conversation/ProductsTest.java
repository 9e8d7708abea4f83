package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      nhà chị làm bánh tráng ở Trảng Bàng, Tây Ninh | bánh tráng
      nha chi lam banh trang o trang bang tay ninh  | banh trang
      cơ sở em chuyên sản xuất nước mắm             | nước mắm
      HTX mình trồng chè, ở Đại Từ                  | chè
      xưởng bên anh chế biến hạt điều và cà phê     | hạt điều
      cần máy sấy lúa, kinh phí 2 tỷ                | ''
      nhà em ở Tây Ninh                             | ''
      """)
  void reads_what_the_business_makes(String text, String product) {
    assertThat(Products.in(text).orElse("")).isEqualTo(product);
  }
}
