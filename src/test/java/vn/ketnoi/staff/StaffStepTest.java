package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.need.NeedStatus;

class StaffStepTest {
  private static StaffDesk.Session read(String json) throws Exception {
    return Json.MAPPER.readValue(json, StaffDesk.Session.class);
  }

  @Test
  void every_step_is_written_with_its_name_and_reads_back_the_same() throws Exception {
    for (StaffStep step : new StaffStep[] {new StaffStep.Note(5, NeedStatus.DANG_XU_LY),
        new StaffStep.Visibility(5, NeedStatus.TU_CHOI, "hẹn: thứ Hai"), new StaffStep.Answer(3, 900)}) {
      StaffDesk.Session session = new StaffDesk.Session(step, "moi", null, "An Giang", null, null, 2);
      String json = Json.MAPPER.writeValueAsString(session);
      assertThat(json).contains("\"step\":");
      assertThat(read(json)).isEqualTo(session);
    }
    assertThat(Json.MAPPER.writeValueAsString(new StaffDesk.Session(
        new StaffStep.Visibility(5, NeedStatus.DANG_XU_LY, "x"), null, null, null, null, null, 0)))
        .contains("{\"step\":\"visible\",\"need_id\":5,\"to\":\"dang_xu_ly\",\"note\":\"x\"}");
  }

  @Test
  void a_step_an_older_version_wrote_as_a_string_still_reads() throws Exception {
    assertThat(read("{\"pending\":\"note:1:dang_xu_ly\",\"page\":0}").pending())
        .isEqualTo(new StaffStep.Note(1, NeedStatus.DANG_XU_LY));
    assertThat(read("{\"pending\":\"visible:7:tu_choi:gọi lại: 9h\",\"page\":1}").pending())
        .isEqualTo(new StaffStep.Visibility(7, NeedStatus.TU_CHOI, "gọi lại: 9h"));
    assertThat(read("{\"pending\":\"answer:4:901\",\"status\":\"moi\",\"page\":3}"))
        .isEqualTo(new StaffDesk.Session(new StaffStep.Answer(4, 901), "moi", null, null, null, null, 3));
  }

  @Test
  void a_step_that_does_not_read_is_no_step_and_keeps_the_filter() throws Exception {
    for (String pending : new String[] {"\"note:x:moi\"", "\"note:1:khong_ro\"", "\"visible:1:moi\"",
        "\"whatever\"", "{\"step\":\"unknown\"}", "{\"need_id\":1}", "null", "42"}) {
      StaffDesk.Session session = read("{\"pending\":" + pending + ",\"tinh\":null,\"province\":\"Huế\",\"page\":1}");
      assertThat(session.pending()).as(pending).isNull();
      assertThat(session.province()).isEqualTo("Huế");
      assertThat(session.page()).isEqualTo(1);
    }
    assertThat(read("{}")).isEqualTo(StaffDesk.Session.NONE);
  }
}
