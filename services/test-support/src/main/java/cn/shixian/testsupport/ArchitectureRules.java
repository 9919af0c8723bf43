package cn.shixian.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The boundaries every module keeps (docs/design.md, "Modules"), as ArchUnit rules over its main
 * classes, so breaking one fails {@code ./mvnw verify}:
 * <ul>
 *   <li>no cycles between the feature packages under the module's root;</li>
 *   <li>domain classes are plain Java: no Spring, JDBC, Kafka, Jackson or servlet types;</li>
 *   <li>no service uses another service's classes (they talk through Kafka and HTTP only);</li>
 *   <li>HTTP code (Spring Web, servlets) only in the packages declared to face the web.</li>
 * </ul>
 * Each module's {@code ArchitectureTest} declares its domain and web packages and calls {@link #check()}.
 */
public final class ArchitectureRules {

    /** The root packages of the services; a service may use none but its own. */
    public static final List<String> SERVICES = List.of("cn.shixian.alerting", "cn.shixian.deadline",
            "cn.shixian.workbench");

    private static final String[] FRAMEWORKS = {"org.springframework..", "java.sql..", "javax.sql..",
            "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta.servlet..", "org.quartz.."};
    private static final String[] WEB = {"org.springframework.web..", "org.springframework.http..",
            "org.springframework.security.web..", "jakarta.servlet.."};

    private final String root;
    private final List<String> domainPackages = new ArrayList<>();
    private final List<DescribedPredicate<? super JavaClass>> domainClasses = new ArrayList<>();
    private final List<String> webPackages = new ArrayList<>();
    private boolean webDeclared;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    /** The rules for the module whose classes live under {@code rootPackage}. */
    public static ArchitectureRules of(String rootPackage) {
        return new ArchitectureRules(rootPackage);
    }

    /** Packages (relative to the root, each with its subpackages) holding domain classes only; "" is the root itself. */
    public ArchitectureRules domainPackages(String... relative) {
        Stream.of(relative).map(this::withSubpackages).forEach(domainPackages::add);
        return this;
    }

    /** Domain classes picked out some other way, for a module whose adapters share a package with them. */
    public ArchitectureRules domainClasses(DescribedPredicate<? super JavaClass> which) {
        domainClasses.add(which);
        return this;
    }

    /** The packages (relative to the root) allowed to use Spring Web and servlets; none if never called. */
    public ArchitectureRules webPackages(String... relative) {
        webDeclared = true;
        Stream.of(relative).map(this::withSubpackages).forEach(webPackages::add);
        return this;
    }

    /** Checks every rule over the module's main classes; throws an AssertionError naming each violation. */
    public void check() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(root);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under " + root + ": is the root package right?");
        }
        // one composite, so a failure lists every broken rule at once
        List<ArchRule> rules = rules();
        CompositeArchRule.of(rules).check(classes);
    }

    List<ArchRule> rules() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("features depend on each other one way only")
                // a module of one package has no slices, and no cycles either
                .allowEmptyShould(true));
        if (!domainPackages.isEmpty()) {
            rules.add(noClasses().that().resideInAnyPackage(domainPackages.toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                    .because("domain logic is plain Java, tested without infrastructure"));
        }
        for (DescribedPredicate<? super JavaClass> which : domainClasses) {
            rules.add(noClasses().that(which).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                    .because("domain logic is plain Java, tested without infrastructure"));
        }
        String[] others = SERVICES.stream().filter(service -> !root.startsWith(service))
                .map(service -> service + "..").toArray(String[]::new);
        rules.add(noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk through Kafka topics and HTTP APIs, never through each other's classes"));
        if (webDeclared) {
            rules.add(noClasses().that().resideOutsideOfPackages(webPackages.toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAnyPackage(WEB)
                    .because("HTTP stays in the packages that face the web"));
        }
        return rules;
    }

    private String withSubpackages(String relative) {
        return relative.isEmpty() ? root : root + "." + relative + "..";
    }
}
