package com.boxoffice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries the poms intend, on the production classes of every module: each module
 * reaches only the modules its pom builds on, the workflows reach nothing but Temporal's SDK, and
 * no module reaches the benchmarks or the test kit (which other modules' tests use, and this rule,
 * reading production classes only, does not see). A module's classes are told apart by their
 * packages, one set per module (README, "Find your way around").
 */
@AnalyzeClasses(packages = "com.boxoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
  static final String SCHEMA = "schema";
  static final String WORKFLOWS = "workflows";
  static final String ACTIVITIES = "activities";
  static final String SANDBOX = "sandbox";
  static final String WORKER = "worker";
  static final String API = "api";
  static final String LOCAL = "local";
  static final String BENCHMARKS = "loadtest";
  static final String TEST_KIT = "testkit";

  @ArchTest
  static final ArchRule eachModuleReachesOnlyWhatItsPomBuildsOn =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("com.boxoffice..")
          .layer(SCHEMA)
          .definedBy("com.boxoffice.schema..")
          .layer(WORKFLOWS)
          .definedBy("com.boxoffice.checkout..")
          .layer(ACTIVITIES)
          .definedBy(
              "com.boxoffice.inventory..",
              "com.boxoffice.payment..",
              "com.boxoffice.email..",
              "com.boxoffice.quota..")
          .layer(SANDBOX)
          .definedBy("com.boxoffice.sandbox..")
          .layer(WORKER)
          .definedBy("com.boxoffice.worker..")
          .layer(API)
          .definedBy("com.boxoffice.api..")
          .layer(LOCAL)
          .definedBy("com.boxoffice.local..")
          .layer(BENCHMARKS)
          .definedBy("com.boxoffice.loadtest..")
          .layer(TEST_KIT)
          .definedBy("com.boxoffice.testkit..")
          .whereLayer(SCHEMA)
          .mayNotAccessAnyLayer()
          .whereLayer(WORKFLOWS)
          .mayNotAccessAnyLayer()
          .whereLayer(SANDBOX)
          .mayNotAccessAnyLayer()
          .whereLayer(ACTIVITIES)
          .mayOnlyAccessLayers(WORKFLOWS, SCHEMA)
          .whereLayer(WORKER)
          .mayOnlyAccessLayers(WORKFLOWS, ACTIVITIES, SCHEMA)
          .whereLayer(API)
          .mayOnlyAccessLayers(WORKFLOWS, SCHEMA)
          .whereLayer(LOCAL)
          .mayOnlyAccessLayers(API, WORKER, SANDBOX, WORKFLOWS, SCHEMA)
          .whereLayer(BENCHMARKS)
          .mayNotBeAccessedByAnyLayer()
          .whereLayer(TEST_KIT)
          .mayNotBeAccessedByAnyLayer()
          .whereLayer(TEST_KIT)
          .mayOnlyAccessLayers(SCHEMA, WORKFLOWS, SANDBOX)
          .because(
              "the API starts and reads checkouts through Temporal and its own tables, never an"
                  + " activity or the sandbox; the saga and the stand-ins know no one; nothing"
                  + " that ships builds on the benchmarks or the test kit");

  @ArchTest
  static final ArchRule theCheckoutLineIsAComponentOfItsOwn =
      noClasses()
          .that()
          .resideInAPackage("com.boxoffice.api.line..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.boxoffice.api.checkout..", "com.boxoffice.checkout..")
          .because(
              "the checkout line only lets buyers through, one by one: what they start is its"
                  + " caller's");

  @ArchTest
  static final ArchRule workflowsReachNothingButTheSdk =
      classes()
          .that()
          .resideInAPackage("com.boxoffice.checkout..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "com.boxoffice.checkout..",
              "io.temporal..",
              // The SDK's metrics scope (Workflow.getMetricsScope) and logger (Workflow.getLogger).
              "com.uber.m3..",
              "org.slf4j..",
              // How a payload's fields are named, for the SDK's Jackson data converter.
              "com.fasterxml.jackson.annotation..",
              "java..")
          .because("a workflow is replayed on any worker: all it may use is Temporal's SDK");
}
