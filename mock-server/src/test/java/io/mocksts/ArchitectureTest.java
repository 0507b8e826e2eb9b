package io.mocksts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package boundaries of docs/architecture.md (Packages of mock-server; rules 2 to 4). Classes
 * of mock-sts-testkit (the hostile corpora) are not on this module's classpath and are not analysed
 * here.
 */
@AnalyzeClasses(packages = "io.mocksts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CORE = "io.mocksts.internal.core..";
  private static final String ALIBABA = "io.mocksts.internal.alibaba..";
  private static final String TENCENT = "io.mocksts.internal.tencent..";
  private static final String OIDC = "io.mocksts.internal.oidc..";
  private static final String WIREMOCK = "com.github.tomakehurst.wiremock..";
  private static final String WIREMOCK_ORG = "org.wiremock..";
  private static final String JETTY = "org.eclipse.jetty..";

  @ArchTest
  static final ArchRule theFacadeExposesNoInternalType =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAnyPackage("io.mocksts", "io.mocksts.junit", "io.mocksts.idp")
          .should(
              new com.tngtech.archunit.lang.ArchCondition<
                  com.tngtech.archunit.core.domain.JavaMethod>(
                  "use no io.mocksts.internal type in their signature") {
                @Override
                public void check(
                    com.tngtech.archunit.core.domain.JavaMethod method,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                  java.util.stream.Stream.concat(
                          java.util.stream.Stream.of(method.getRawReturnType()),
                          java.util.stream.Stream.concat(
                              method.getRawParameterTypes().stream(),
                              method.getThrowsClause().getTypes().stream()))
                      .filter(t -> within(t.getPackageName(), "io.mocksts.internal"))
                      .forEach(
                          t ->
                              events.add(
                                  com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                      method, method.getFullName() + " exposes " + t.getName())));
                }
              })
          .because(
              "users see only the public API: MockSts, MockStsOptions, MockStsExtension and the"
                  + " bundled test IdP and OIDC issuer (io.mocksts.idp)");

  @ArchTest
  static final ArchRule coreDependsOnNoOtherMockStsPackage =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "reside in an io.mocksts package other than internal.core",
                  c ->
                      within(c.getPackageName(), "io.mocksts")
                          && !within(c.getPackageName(), "io.mocksts.internal.core")))
          .because("core is the vendor-neutral model (docs/architecture.md)");

  @ArchTest
  static final ArchRule coreDoesNotUseWireMockOrJetty =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WIREMOCK, WIREMOCK_ORG, JETTY);

  @ArchTest
  static final ArchRule protocolsDoNotUseTheHttpEngineOrTheCli =
      noClasses()
          .that()
          .resideInAnyPackage(ALIBABA, TENCENT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.mocksts.internal.wiremock..",
              "io.mocksts.internal.cli..",
              WIREMOCK,
              WIREMOCK_ORG,
              JETTY)
          .because("protocol logic is testable without HTTP (docs/architecture.md, rule 2)");

  @ArchTest
  static final ArchRule alibabaDoesNotDependOnTencent =
      noClasses()
          .that()
          .resideInAPackage(ALIBABA)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(TENCENT)
          .because(
              "each vendor protocol stands alone on the vendor-neutral core (docs/architecture.md)");

  @ArchTest
  static final ArchRule tencentDoesNotDependOnAlibaba =
      noClasses()
          .that()
          .resideInAPackage(TENCENT)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ALIBABA)
          .because(
              "each vendor protocol stands alone on the vendor-neutral core (docs/architecture.md)");

  @ArchTest
  static final ArchRule httpModelIsIndependentOfVendorsAndEngine =
      noClasses()
          .that()
          .resideInAPackage("io.mocksts.internal.http..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "reside in an io.mocksts package other than internal.http",
                  c ->
                      within(c.getPackageName(), "io.mocksts")
                          && !within(c.getPackageName(), "io.mocksts.internal.http")))
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(WIREMOCK, WIREMOCK_ORG, JETTY)
          .because(
              "the request model is what lets protocols run without HTTP (docs/architecture.md, rule 2)");

  @ArchTest
  static final ArchRule onlyTheAdaptersUseWireMock =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "io.mocksts", "io.mocksts.internal.wiremock..", "io.mocksts.internal.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WIREMOCK, WIREMOCK_ORG)
          .because("WireMock extensions stay thin adapters (docs/architecture.md, rule 2)");

  @ArchTest
  static final ArchRule onlyTheJUnitExtensionUsesJUnit =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.mocksts.junit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.junit..")
          .because("JUnit is an optional dependency: the server must run without it");

  @ArchTest
  static final ArchRule theProductDoesNotDependOnTheTestkit =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.mocksts.testkit..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.mocksts.testkit..")
          .because(
              "the hostile corpora, forging helpers and attacker keys are test-only (mock-sts-testkit,"
                  + " docs/architecture.md); they never ship in mock-sts.jar");

  @ArchTest
  static final ArchRule onlySamlUsesOpenSaml =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.mocksts.internal.saml..", "io.mocksts.idp..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.opensaml..", "net.shibboleth..")
          .allowEmptyShould(true)
          .because(
              "only saml/ (verification) and idp/ (minting) import OpenSAML"
                  + " (docs/architecture.md, rule 4)");

  @ArchTest
  static final ArchRule onlyOidcUsesNimbus =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.mocksts.internal.oidc..", "io.mocksts.idp..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.nimbusds..")
          .allowEmptyShould(true)
          .because(
              "only oidc/ (verification) and idp/ (minting) import the JWT library"
                  + " (docs/architecture.md, rule 4)");

  @ArchTest
  static final ArchRule verificationDoesNotDependOnMinting =
      noClasses()
          .that()
          .resideInAPackage("io.mocksts.internal..")
          .and()
          .resideOutsideOfPackage("io.mocksts.internal.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.mocksts.idp..")
          .because(
              "the STS verifies what any IdP sends; only the CLI's saml-response and oidc-token"
                  + " commands mint with the bundled test IdP and issuer (docs/architecture.md)");

  @ArchTest
  static final ArchRule oidcDependsOnlyOnTheCore =
      noClasses()
          .that()
          .resideInAPackage(OIDC)
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "reside in an io.mocksts package other than internal.oidc and internal.core",
                  c ->
                      within(c.getPackageName(), "io.mocksts")
                          && !within(c.getPackageName(), "io.mocksts.internal.oidc")
                          && !within(c.getPackageName(), "io.mocksts.internal.core")))
          .because(
              "token validation is shared by both vendors and knows neither (docs/architecture.md)");

  private static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK =
      DescribedPredicate.describe(
          "a read of the system clock (java.time *.now(), System.currentTimeMillis())",
          call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (call.getTargetOwner().getPackageName().equals("java.time")
                    && name.equals("now"))
                || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"));
          });

  @ArchTest
  static final ArchRule checksTakeAnInjectedClock =
      noClasses()
          .that()
          .resideInAnyPackage(CORE, ALIBABA, TENCENT, OIDC, "io.mocksts.internal.saml..")
          .should()
          .callMethodWhere(READS_THE_SYSTEM_CLOCK)
          .because(
              "a Clock is passed in, so that the mock's clock can be moved (docs/architecture.md, rule 3)");

  private static boolean within(String packageName, String root) {
    return packageName.equals(root) || packageName.startsWith(root + ".");
  }
}
