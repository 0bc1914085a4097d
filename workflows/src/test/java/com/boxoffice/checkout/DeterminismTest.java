package com.boxoffice.checkout;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Workflow code is replayed, so it must decide the same way every time: time, randomness, threads
 * and I/O come from Temporal's {@code Workflow} API or from activities, never from the JDK.
 */
@AnalyzeClasses(
    packages = "com.boxoffice.checkout",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DeterminismTest {

  @ArchTest
  static final ArchRule workflowsReadNoClock =
      noClasses()
          .should()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethodWhere(and(target(name("now")), target(owner(resideInAPackage("java.time")))))
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Clock.class)
          .because("Workflow.currentTimeMillis() is the only clock that replays");

  @ArchTest
  static final ArchRule workflowsUseNoRandomness =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Random.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(SecureRandom.class)
          .orShould()
          .callMethod(UUID.class, "randomUUID")
          .orShould()
          .callMethod(Math.class, "random")
          .because("Workflow.newRandom() and Workflow.randomUUID() are the only ones that replay");

  @ArchTest
  static final ArchRule workflowsStartNoThreads =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Thread.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("java.util.concurrent..")
          .because("Async, Promise and Workflow.sleep() schedule work deterministically");

  @ArchTest
  static final ArchRule workflowsDoNoIo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..")
          .because("I/O belongs in activities, whose results are recorded in the history");
}
