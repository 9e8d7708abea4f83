package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ketnoi.card.Support;
import vn.ketnoi.text.Fold;

/** The help a business asks the department for, and the help it says it does not need or has. */
class SupportWishesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ko can ho tro tien, chi can So ket noi nha cung cap                      | KET_NOI
          Không cần Sở hỗ trợ kinh phí, chỉ cần giới thiệu nhà cung cấp             | KET_NOI
          chưa cần xin kinh phí, nhờ Sở tư vấn giúp                                 | TU_VAN
          kinh phi khoang 1 ty, duoc ngan hang cho vay 70%                          | ''
          em dang vay von ngan hang 2 ty roi                                        | ''
          mong so ho tro vay von uu dai                                            | TAI_CHINH
          so co ho tro vay von uu dai ko a                                          | TAI_CHINH
          ko biet so co ho tro kinh phi ko, can ket noi ben ban may                 | TAI_CHINH KET_NOI
          xin ho tro 30% kinh phi                                                   | TAI_CHINH
          muốn tìm máy đóng gói loại nhỏ, kinh phí dưới 100 triệu                   | ''
          nho so giup kinh phi mua may                                             | TAI_CHINH
          ko cần vay, chỉ cần Sở thẩm định giá thiết bị giúp                        | TU_VAN
          nhờ Sở đánh giá trình độ công nghệ của nhà máy                            | TU_VAN
          ko can ho tro gi, chi can danh sach nha cung cap                          | KET_NOI
          """)
  void reads_the_help_asked_for(String text, String expected) {
    List<Support> wanted = expected.isBlank() ? List.of()
        : java.util.Arrays.stream(expected.split(" ")).map(Support::valueOf).toList();
    assertThat(Cues.support(Fold.fold(Fold.nfc(text)))).isEqualTo(wanted);
  }
}
