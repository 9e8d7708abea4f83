package vn.ketnoi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The few rules that keep the shape of the code; each fails if it matches nothing. */
class ArchitectureTest {
  private static final int MOST_LINES = 300;
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.ketnoi");

  @Test
  void the_conversation_core_knows_no_channel_no_model_and_no_jdbc() {
    noClasses().that().resideInAPackage("vn.ketnoi.conversation")
        .and().haveSimpleNameNotEndingWith("Store")
        .should().dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.telegram..", "dev.langchain4j..", "vn.ketnoi.console..",
            "vn.ketnoi.telegram..")
        .check(CLASSES);
  }

  @Test
  void the_conversation_knows_nothing_of_the_staff_desk() {
    noClasses().that().resideInAPackage("vn.ketnoi.conversation..")
        .should().dependOnClassesThat().resideInAnyPackage("vn.ketnoi.staff..", "vn.ketnoi.router..")
        .check(CLASSES);
  }

  @Test
  void the_need_card_vocabulary_depends_on_nothing_of_ours() {
    classes().that().resideInAPackage("vn.ketnoi.card")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("vn.ketnoi.card..", "java..", "com.fasterxml.jackson.annotation..")
        .check(CLASSES);
  }

  @Test
  void extraction_depends_on_no_other_feature() {
    noClasses().that().resideInAPackage("vn.ketnoi.extraction")
        .should().dependOnClassesThat()
        .resideInAnyPackage("vn.ketnoi.conversation..", "vn.ketnoi.need..", "vn.ketnoi.storage..",
            "vn.ketnoi.console..", "java.sql..")
        .check(CLASSES);
  }

  @Test
  void only_main_wires_the_features_together() {
    noClasses().that().doNotHaveFullyQualifiedName("vn.ketnoi.Main")
        .should().dependOnClassesThat().haveFullyQualifiedName("vn.ketnoi.Main")
        .check(CLASSES);
  }

  @Test
  void only_the_telegram_adapter_knows_telegrambots() {
    noClasses().that().resideOutsideOfPackage("vn.ketnoi.telegram..")
        .and().doNotHaveFullyQualifiedName("vn.ketnoi.Main")
        .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "okhttp3..")
        .check(CLASSES);
  }

  @Test
  void features_do_not_depend_on_each_other_in_a_circle() {
    slices().matching("vn.ketnoi.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void storage_only_opens_connections_and_migrates() {
    classes().that().resideInAPackage("vn.ketnoi.storage")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("vn.ketnoi.storage..", "java..", "org.sqlite..")
        .check(CLASSES);
  }

  @Test
  void no_main_source_file_is_over_300_lines() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      tooLong = files.filter(f -> f.toString().endsWith(".java"))
          .map(f -> new SourceLength(f, lines(f)))
          .filter(s -> s.lines() > MOST_LINES)
          .map(s -> s.file() + " (" + s.lines() + " lines)")
          .sorted()
          .toList();
    }
    if (!tooLong.isEmpty()) {
      throw new AssertionError("over " + MOST_LINES + " lines: " + String.join(", ", tooLong));
    }
  }

  private record SourceLength(Path file, long lines) {}

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
