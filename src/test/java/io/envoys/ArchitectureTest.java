package io.envoys;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rooms of {@code io.envoys} and the one way their dependencies point (README, "Layout"): feature rooms
 * {@code quote → meeting → envoy → country}, every feature onto {@code read} through its public entry points, and
 * the machinery rooms ({@code graphql}, {@code read}, {@code db}, {@code validation}, {@code security},
 * {@code error}) never onto a feature. Read from the compiled classes, so an import that is not used is no dependency.
 */
@AnalyzeClasses(packages = "io.envoys", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"io.envoys.country..", "io.envoys.envoy..", "io.envoys.meeting..",
        "io.envoys.quote..", "io.envoys.article.."};

    @ArchTest
    static final ArchRule noCycleBetweenRooms = slices().matching("io.envoys.(**)").should().beFreeOfCycles()
            .because("each room depends on the ones below it, never back");

    @ArchTest
    static final ArchRule countryKnowsNoOtherFeature = noClasses().that().resideInAPackage("io.envoys.country..")
            .should().dependOnClassesThat().resideInAnyPackage("io.envoys.envoy..", "io.envoys.meeting..",
                    "io.envoys.quote..");

    @ArchTest
    static final ArchRule envoyKnowsOnlyCountry = noClasses().that().resideInAPackage("io.envoys.envoy..")
            .should().dependOnClassesThat().resideInAnyPackage("io.envoys.meeting..", "io.envoys.quote..");

    @ArchTest
    static final ArchRule meetingKnowsEnvoyAndCountry = noClasses().that().resideInAPackage("io.envoys.meeting..")
            .should().dependOnClassesThat().resideInAnyPackage("io.envoys.quote..");

    @ArchTest
    static final ArchRule recordsKnowNothingOfArticles = noClasses().that().resideInAnyPackage("io.envoys.country..",
            "io.envoys.envoy..", "io.envoys.meeting..", "io.envoys.quote..")
            .should().dependOnClassesThat().resideInAPackage("io.envoys.article..")
            .because("articles are confirmed into the record through the features' services, never the other way");

    @ArchTest
    static final ArchRule nothingDependsOnTheDesk = noClasses().that().resideOutsideOfPackage("io.envoys.desk..")
            .should().dependOnClassesThat().resideInAPackage("io.envoys.desk..")
            .because("the editors' desk is a client of the features' services, like the GraphQL API classes");

    @ArchTest
    static final ArchRule nothingDependsOnTheLiveRecord = noClasses().that().resideOutsideOfPackage("io.envoys.live..")
            .should().dependOnClassesThat().resideInAPackage("io.envoys.live..")
            .because("subscriptions observe the features' record events; no feature waits for a subscriber");

    @ArchTest
    static final ArchRule machineryKnowsNoFeature = noClasses().that()
            .resideInAnyPackage("io.envoys.graphql..", "io.envoys.read..", "io.envoys.db..", "io.envoys.validation..",
                    "io.envoys.security..", "io.envoys.error..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("the lean executor finds the features' query methods by their annotations, not by import");

    @ArchTest
    static final ArchRule readIsEnteredOnlyThroughItsPublicTypes = noClasses()
            .that().resideOutsideOfPackage("io.envoys.read..")
            .should().dependOnClassesThat(readInternals())
            .because("outside read/ only its entry points (*Reads), its GraphQL types, Selection and"
                    + " NestedConnections may be used");

    @ArchTest
    static final ArchRule lowerRoomsStayBelowGraphQL = noClasses().that()
            .resideInAnyPackage("io.envoys.read..", "io.envoys.db..", "io.envoys.validation..",
                    "io.envoys.security..", "io.envoys.error..")
            .should().dependOnClassesThat().resideInAPackage("io.envoys.graphql..");

    @ArchTest
    static final ArchRule ingestionDraftsFromTextAlone = classes().that().resideInAPackage("io.envoys.ingestion..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.envoys.ingestion..", "java..",
                    "org.apache.commons.text..", "org.jsoup..")
            .because("drafting an article is a pure function of its text, its date and what the service knows,"
                    + " handed in as a Directory; no database, no framework");

    @ArchTest
    static final ArchRule noGrabBagRooms = noClasses().should()
            .resideInAnyPackage("..shared..", "..common..", "..util..", "..utils..", "..misc..", "..helpers..")
            .because("a room is named for its job");

    private static DescribedPredicate<JavaClass> readInternals() {
        return resideInAPackage("io.envoys.read..")
                .and(not(annotatedWith(Type.class)))
                .and(not(annotatedWith(Input.class)))
                .and(not(annotatedWith(Enum.class)))
                .and(not(nameMatching(".*Reads")))
                .and(not(nameMatching("io\\.envoys\\.read\\.(Selection|NestedConnections)")))
                .as("the internals of read/ (loaders, paging, joins)");
    }
}
