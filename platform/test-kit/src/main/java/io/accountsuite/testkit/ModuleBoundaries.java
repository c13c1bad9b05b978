package io.accountsuite.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries every service keeps (STYLE.md, "package by feature"), checked over its compiled main
 * classes:
 * <ul>
 *   <li>its feature packages ({@code <base>.<feature>..}) depend on each other without a cycle, so each can be read,
 *       tested and moved from the ones it needs;</li>
 *   <li>the web edge depends on the application, never the reverse: nothing but a controller (and the classes
 *       nested in it) refers to a {@code @RestController}.</li>
 * </ul>
 * Throws {@link AssertionError} naming each offending dependency.
 */
public final class ModuleBoundaries {

    private final String basePackage;
    private final JavaClasses classes;

    private ModuleBoundaries(String basePackage, JavaClasses classes) {
        this.basePackage = basePackage;
        this.classes = classes;
    }

    /** The main classes (tests left out) under {@code basePackage}, e.g. {@code io.accountsuite.site}. */
    public static ModuleBoundaries of(String basePackage) {
        return new ModuleBoundaries(basePackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage));
    }

    /** Every class under {@code basePackage}, tests included: for checking the rules themselves on fixtures. */
    static ModuleBoundaries ofAllClasses(String basePackage) {
        return new ModuleBoundaries(basePackage, new ClassFileImporter().importPackages(basePackage));
    }

    /** Checks both rules; an {@link AssertionError} lists every violation. */
    public void verify() {
        featuresAreFreeOfCycles().check(classes);
        onlyControllersReferToControllers().check(classes);
    }

    ArchRule featuresAreFreeOfCycles() {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .because("a feature package may use another, never through a loop back to itself");
    }

    ArchRule onlyControllersReferToControllers() {
        return noClasses().that(DescribedPredicate.not(PART_OF_A_CONTROLLER))
                .should().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .because("the web edge depends on the application, never the reverse");
    }

    /** A controller and the classes nested in it (its request records, an anonymous type reference). */
    private static final DescribedPredicate<JavaClass> PART_OF_A_CONTROLLER =
            new DescribedPredicate<>("part of a @RestController") {
                @Override
                public boolean test(JavaClass type) {
                    JavaClass outermost = type;
                    while (outermost.getEnclosingClass().isPresent()) {
                        outermost = outermost.getEnclosingClass().get();
                    }
                    return outermost.isAnnotatedWith(RestController.class);
                }
            };
}
