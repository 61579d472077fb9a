package no.minside.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of STYLE.md, checked on the compiled main classes: no cycles, a pure core, shared plumbing that
 * knows no feature, services that know no web class, and resources that reach the database only through services.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.minside");
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("no.minside.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noCyclesBetweenAnyPackages() {
        slices().matching("no.minside.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void theBalanceEngineDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("no.minside.fees..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("no.minside.fees..", "java..")
                .check(main);
    }

    @Test
    void thePlanEvaluationCoreDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("no.minside.plans.evaluation..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("no.minside.plans.evaluation..", "java..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void sharedPlumbingKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("no.minside.common..", "no.minside.web..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(main);
    }

    @Test
    void commonKnowsNoWebClass() {
        noClasses().that().resideInAPackage("no.minside.common..")
                .should().dependOnClassesThat().resideInAPackage("no.minside.web..")
                .check(main);
    }

    @Test
    void servicesReturnDomainResultsNotWebOnes() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("no.minside.web..")
                .check(main);
    }

    @Test
    void resourcesUseServicesNotTheDatabase() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .check(main);
    }

    @Test
    void aFeaturesRepositoriesStayInsideIt() {
        for (String feature : featurePackages()) {
            String top = feature.substring(0, feature.length() - 2);
            classes().that().haveSimpleNameEndingWith("Repository").and().resideInAPackage(feature)
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(feature)
                    .allowEmptyShould(true)
                    .as("repositories of " + top + " are used only inside " + top)
                    .check(main);
        }
    }

    /**
     * A scheduled job never starts while the application is starting or shutting down: an audit seal that fired
     * during a rolling restart ran after the container was gone and logged an error with a stack trace.
     */
    @Test
    void scheduledJobsSkipWhenTheApplicationIsNotRunning() {
        List<String> jobs = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        main.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(io.quarkus.scheduler.Scheduled.class))
                .forEach(m -> {
                    jobs.add(m.getFullName());
                    if (m.getAnnotationOfType(io.quarkus.scheduler.Scheduled.class).skipExecutionIf()
                            != io.quarkus.scheduler.Scheduled.ApplicationNotRunning.class) {
                        unguarded.add(m.getFullName());
                    }
                });
        assertThat(jobs).as("the scheduled jobs").hasSizeGreaterThanOrEqualTo(6);
        assertThat(unguarded).as("jobs without skipExecutionIf = Scheduled.ApplicationNotRunning.class").isEmpty();
    }

    /** Every top-level package that is a feature: all but the shared plumbing, the pure cores and dev tooling. */
    private static String[] featurePackages() {
        return new String[] {"no.minside.audit..", "no.minside.auth..", "no.minside.cases..",
                "no.minside.creditors..", "no.minside.debtors..", "no.minside.rates..", "no.minside.staff..",
                "no.minside.objections..", "no.minside.plans..", "no.minside.letters..", "no.minside.admin..",
                "no.minside.clients..", "no.minside.throttle..", "no.minside.notify.."};
    }
}
