package architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon: the domain is plain Java and knows nothing of adapters or frameworks; each adapter technology
 * stands on its own. Every rule keeps ArchUnit's default {@code failOnEmptyShould = true}, so a rule that
 * matches no classes fails instead of passing vacuously.
 */
class HexagonalArchitectureTest {

    private static final String[] FRAMEWORKS = {
            "jakarta..", "javax..", "io.quarkus..", "org.hibernate..", "com.fasterxml..", "org.eclipse.microprofile..",
            "io.smallrye..", "io.vertx..", "org.apache.kafka..", "com.rabbitmq..", "org.elasticsearch..",
            "org.opensearch..", "org.jboss..", "io.micrometer..", "org.flywaydb.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("domain", "adapters");
    }

    static final ArchRule DOMAIN_ONLY_USES_JAVA_AND_ITSELF = classes()
            .that().resideInAPackage("domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "domain..")
            .because("the domain is plain Java: frameworks and technology stay in the adapters");

    static final ArchRule DOMAIN_USES_NO_FRAMEWORK = noClasses()
            .that().resideInAPackage("domain..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    static final ArchRule DOMAIN_DOES_NOT_KNOW_ADAPTERS = noClasses()
            .that().resideInAPackage("domain..")
            .should().dependOnClassesThat().resideInAPackage("adapters..");

    static final ArchRule SUBSCRIPTIONS_DO_NOT_KNOW_BILLING = noClasses()
            .that().resideInAPackage("domain.subscription..")
            .should().dependOnClassesThat().resideInAPackage("domain.billing..")
            .because("billing depends on subscriptions, not the reverse: subscriptions reach billing through their "
                    + "outbound ports (SubscriptionBilling, SubscriptionPayments)");

    static final ArchRule ADAPTER_TECHNOLOGIES_ARE_INDEPENDENT = slices()
            .matching("adapters.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(), resideIn("adapters.representation.."))
            .because("an adapter of one technology talks to another only through the domain's ports, or through "
                    + "the plain-Java contracts of the package adapters itself, which no slice holds; every adapter may "
                    + "show a resource in its one public representation (adapters.representation)");

    static final ArchRule REPRESENTATIONS_ARE_PLAIN_RECORDS = classes()
            .that().resideInAPackage("adapters.representation..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "domain..", "adapters.representation..",
                    "com.fasterxml.jackson.annotation..", "org.eclipse.microprofile.openapi.annotations..")
            .because("the representations the REST answers and the events share are plain records: they may say how they "
                    + "are written (JSON, schema annotations) but bring no technology in with them");

    static final ArchRule SHARED_ADAPTER_CONTRACTS_ARE_PLAIN_JAVA = classes()
            .that().resideInAPackage("adapters")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "domain..", "adapters")
            .because("what adapters share without being business (the Idempotency-Key store and its purge) sits "
                    + "outside every technology slice, so it must bring no technology or adapter in with it");

    @Test
    void importedTheProductionDomainAndAdaptersAndNoTests() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).contains("domain.catalog", "domain.delivery", "domain.shared", "domain.subscription",
                "adapters.rest", "adapters.persistence", "adapters.cdi");
        assertThat(classes.contain("domain.delivery.DeliverySchedule")).isTrue();
        assertThat(classes.contain("domain.subscription.SubscriptionChanges")).isTrue();
        assertThat(classes.contain("domain.billing.ScheduledSubscriptionBilling")).isTrue();
        assertThat(classes.contain("adapters.cdi.DomainServices")).isTrue();
        assertThat(classes.contain("adapters.IdempotentRequests")).isTrue();
        assertThat(classes.contain("adapters.representation.Views")).isTrue();
        assertThat(classes.that(resideIn("domain..")).size()).isGreaterThan(40);
        assertThat(classes.that(resideIn("adapters..")).size()).isGreaterThan(20);
        // ImportOption.DoNotIncludeTests keeps test classes (this one included) out of the rules
        assertThat(classes.contain(HexagonalArchitectureTest.class)).isFalse();
        assertThat(classes.stream().map(JavaClass::getSimpleName)).noneMatch(name -> name.endsWith("Test"));
        assertThat(packages).allMatch(p -> p.startsWith("domain") || p.startsWith("adapters"));
    }

    @Test
    void domainDependsOnlyOnJavaAndTheDomain() {
        DOMAIN_ONLY_USES_JAVA_AND_ITSELF.check(classes);
    }

    @Test
    void domainDependsOnNoFramework() {
        DOMAIN_USES_NO_FRAMEWORK.check(classes);
    }

    @Test
    void domainDoesNotDependOnAdapters() {
        DOMAIN_DOES_NOT_KNOW_ADAPTERS.check(classes);
    }

    @Test
    void subscriptionsDoNotDependOnBilling() {
        SUBSCRIPTIONS_DO_NOT_KNOW_BILLING.check(classes);
    }

    @Test
    void adaptersOfOneTechnologyDoNotDependOnAnother() {
        ADAPTER_TECHNOLOGIES_ARE_INDEPENDENT.check(classes);
    }

    @Test
    void representationsDependOnlyOnJavaTheDomainAndAnnotations() {
        REPRESENTATIONS_ARE_PLAIN_RECORDS.check(classes);
    }

    @Test
    void theRepresentationRuleCatchesATechnologyDependency() {
        ArchRule restAsRepresentation = classes().that().resideInAPackage("adapters.rest")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "domain..", "adapters.representation..",
                        "com.fasterxml.jackson.annotation..", "org.eclipse.microprofile.openapi.annotations..");
        assertThatThrownBy(() -> restAsRepresentation.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta.ws.rs");
    }

    @Test
    void contractsSharedByAdaptersDependOnlyOnJavaAndTheDomain() {
        SHARED_ADAPTER_CONTRACTS_ARE_PLAIN_JAVA.check(classes);
    }

    // ---------------------------------------------------------------- the rules can fail

    @Test
    void theDomainRulesCatchAFrameworkDependency() {
        // the adapters break the domain rules when checked as if they were domain code
        ArchRule adaptersAsDomain = classes().that().resideInAPackage("adapters..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "domain..");
        assertThatThrownBy(() -> adaptersAsDomain.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta");
        ArchRule adaptersUseNoFramework = noClasses().that().resideInAPackage("adapters..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
        assertThatThrownBy(() -> adaptersUseNoFramework.check(classes)).isInstanceOf(AssertionError.class);
    }

    @Test
    void theSharedContractsRuleCatchesATechnologyOrAdapterDependency() {
        // the REST adapter, checked as if it were a shared contract, brings JAX-RS in
        ArchRule restAsContract = classes().that().resideInAPackage("adapters.rest")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "domain..", "adapters");
        assertThatThrownBy(() -> restAsContract.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta.ws.rs");
    }

    @Test
    void theSliceRuleCatchesDependenciesBetweenSlices() {
        // domain.subscription uses domain.catalog and domain.delivery, so the same rule over the domain fails
        ArchRule domainSlices = slices().matching("domain.(*)..").should().notDependOnEachOther();
        assertThatThrownBy(() -> domainSlices.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("subscription");
    }

    @Test
    void theBillingRuleCatchesADependencyOnBilling() {
        // billing does depend on subscriptions, so the same rule the other way round fails
        ArchRule billingWithoutSubscriptions = noClasses().that().resideInAPackage("domain.billing..")
                .should().dependOnClassesThat().resideInAPackage("domain.subscription..");
        assertThatThrownBy(() -> billingWithoutSubscriptions.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("domain.subscription");
    }

    @Test
    void aRuleOverNoClassesFailsInsteadOfPassing() {
        ArchRule nothing = classes().that().resideInAPackage("no.such.package..").should().bePublic();
        assertThatThrownBy(() -> nothing.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failOnEmptyShould");
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideIn(String packageIdentifier) {
        return JavaClass.Predicates.resideInAPackage(packageIdentifier);
    }
}
