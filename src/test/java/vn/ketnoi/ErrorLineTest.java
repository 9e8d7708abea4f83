package vn.ketnoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorLineTest {
  @Test
  void a_missing_or_forbidden_file_says_why_before_its_name() {
    assertThat(ErrorLine.of(new NoSuchFileException("a.jsonl"))).isEqualTo("no such file: a.jsonl");
    assertThat(ErrorLine.of(new AccessDeniedException("/root/x"))).isEqualTo("permission denied: /root/x");
  }

  @Test
  void a_wrapped_io_cause_adds_its_reason_once() {
    assertThat(ErrorLine.of(new UncheckedIOException("cannot read a.jsonl", new NoSuchFileException("a.jsonl"))))
        .isEqualTo("cannot read a.jsonl: no such file");
    assertThat(ErrorLine.of(new IllegalStateException("disk full", new IOException("disk full"))))
        .isEqualTo("disk full");
  }

  @Test
  void only_the_first_line_is_kept_and_a_silent_error_is_named_by_its_kind() {
    assertThat(ErrorLine.of(new IllegalArgumentException("bad line\n  at detail"))).isEqualTo("bad line");
    assertThat(ErrorLine.of(new IllegalStateException())).isEqualTo("IllegalStateException");
  }
}
