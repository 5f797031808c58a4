package nl.regioan;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.persistence.AttributeConverter;

/**
 * The layer, module and feature rules of the README's tour of the code, checked on the main classes
 * of every module (kb-app sees them all on its class path).
 *
 * <p>Inside a feature: {@code domain} and {@code application} know nothing of HTTP (no
 * {@code jakarta.ws.rs}) and nothing of the outer layers. JPA in the domain is mapping only:
 * annotations, their enums and attribute converters on entities; the EntityManager, queries and
 * JPA's exceptions belong to {@code infrastructure}. Between modules: shared-model depends on none
 * of the others, db and dashboard not on kb-app. Between features: no cycles.
 */
@AnalyzeClasses(packages = "nl.regioan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "..domain..";
    private static final String APPLICATION = "..application..";

    /** A JPA type that maps an entity: an annotation, an enum used in one, or an attribute converter. */
    private static final DescribedPredicate<JavaClass> JPA_MAPPING = DescribedPredicate.describe("JPA mapping",
            c -> c.isAnnotation() || c.isEnum() || c.isAssignableTo(AttributeConverter.class));

    private static final DescribedPredicate<JavaClass> JPA_BEYOND_MAPPING =
            resideInAPackage("jakarta.persistence..").and(not(JPA_MAPPING))
                    .as("JPA beyond entity mapping (EntityManager, queries, JPA exceptions)");

    @ArchTest
    static final ArchRule innerLayersKnowNoHttp = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule innerLayersUseJpaOnlyToMapEntities = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat(JPA_BEYOND_MAPPING);

    @ArchTest
    static final ArchRule entityManagersOnlyInInfrastructure = noClasses()
            .that().resideOutsideOfPackage("..infrastructure..")
            .should().dependOnClassesThat(assignableTo("jakarta.persistence.EntityManager")
                    .or(assignableTo("jakarta.persistence.Query")));

    @ArchTest
    static final ArchRule innerLayersDoNotKnowOuterOnes = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..interfaces..");

    @ArchTest
    static final ArchRule domainDoesNotKnowUseCases = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage(APPLICATION);

    @ArchTest
    static final ArchRule sharedModelDependsOnNoOtherModule = noClasses()
            .that(Module.SHARED_MODEL.contains())
            .should().dependOnClassesThat(Module.DB.contains().or(Module.DASHBOARD.contains()).or(Module.KB_APP.contains()));

    @ArchTest
    static final ArchRule dbAndDashboardDoNotDependOnTheApplication = noClasses()
            .that(Module.DASHBOARD.contains().or(Module.DB.contains()))
            .should().dependOnClassesThat(Module.KB_APP.contains());

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = SlicesRuleDefinition.slices()
            .assignedFrom(new Features())
            .should().beFreeOfCycles();

    /** The Maven modules, told apart by where a class was loaded from (a module's classes or its jar). */
    enum Module {
        SHARED_MODEL("shared-model"), DB("db"), DASHBOARD("dashboard"), KB_APP("kb-app");

        private final String directory;

        Module(String directory) {
            this.directory = directory;
        }

        DescribedPredicate<JavaClass> contains() {
            return DescribedPredicate.describe("classes of module " + directory, c -> c.getSource()
                    .map(source -> {
                        String uri = source.getUri().toString();
                        return uri.contains("/" + directory + "/target/classes/")
                                || uri.contains("/" + directory + "-1.0.0-SNAPSHOT.jar!");
                    })
                    .orElse(false));
        }
    }

    /**
     * One slice per feature: {@code nl.regioan.<feature>}, and one per sub-feature of the knowledge
     * base ({@code kb.item}, {@code kb.attachment}, {@code kb.watch}) and of monitoring.
     */
    static final class Features implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length < 3 || !parts[0].equals("nl") || !parts[1].equals("regioan")) {
                return SliceIdentifier.ignore();
            }
            boolean grouped = (parts[2].equals("kb") || parts[2].equals("monitoring")) && parts.length > 3;
            return SliceIdentifier.of(grouped ? parts[2] + "." + parts[3] : parts[2]);
        }

        @Override
        public String getDescription() {
            return "features of nl.regioan";
        }
    }
}
