package io.mocksts.testkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.stream.Stream;

/**
 * The testkit is a published artifact: what its users (the conformance kit, anyone who wants
 * hostile inputs) see must not be the mock's {@code internal} packages, which may change in any
 * release. Its public methods and fields name only its own types, the mock's public API ({@code
 * io.mocksts}, {@code io.mocksts.idp}) and libraries.
 */
@AnalyzeClasses(
    packages = "io.mocksts.testkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PublishedApiTest {

  @ArchTest
  static final ArchRule publicMethodsNameNoInternalType =
      ArchRuleDefinition.methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .should(exposeNoInternalType())
          .because("the testkit's users depend on its published API only");

  @ArchTest
  static final ArchRule publicFieldsNameNoInternalType =
      ArchRuleDefinition.fields()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .should(
              new ArchCondition<>("have no io.mocksts.internal type") {
                @Override
                public void check(
                    com.tngtech.archunit.core.domain.JavaField field, ConditionEvents events) {
                  report(field, Stream.of(field.getRawType()), events);
                }
              });

  private static ArchCondition<JavaMethod> exposeNoInternalType() {
    return new ArchCondition<>("use no io.mocksts.internal type in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        report(
            method,
            Stream.concat(
                Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream()),
            events);
      }
    };
  }

  private static void report(JavaMember member, Stream<JavaClass> types, ConditionEvents events) {
    types
        .filter(t -> t.getPackageName().startsWith("io.mocksts.internal"))
        .forEach(
            t ->
                events.add(
                    SimpleConditionEvent.violated(
                        member, member.getFullName() + " exposes " + t.getName())));
  }
}
