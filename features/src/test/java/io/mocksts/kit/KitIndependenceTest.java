package io.mocksts.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The kit judges any STS, the bundled mock included, from the outside: it speaks the vendors'
 * protocols with its own signing clients and knows the documented contract on its own. It may use
 * the mock's public API (to start it, and the bundled test IdP and OIDC issuer in {@code
 * io.mocksts.idp}) and the testkit's published corpora, never the mock's {@code internal} packages.
 */
@AnalyzeClasses(packages = "io.mocksts.kit")
class KitIndependenceTest {

  @ArchTest
  static final ArchRule theKitUsesNoInternalClassOfTheMock =
      noClasses()
          .that()
          .resideInAPackage("io.mocksts.kit..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.mocksts.internal..")
          .because("the kit must judge the mock as it judges any other STS");
}
