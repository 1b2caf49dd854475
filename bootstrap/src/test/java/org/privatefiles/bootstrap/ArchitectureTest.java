package org.privatefiles.bootstrap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of ARCHITECTURE.md, checked on the compiled production classes of every module. */
class ArchitectureTest {
    private static final String ROOT = "org.privatefiles";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages(ROOT);
    }

    @Test
    void every_module_is_on_the_class_path() {
        for (String module : new String[] {"domain", "application", "adapter.filestore", "adapter.jdbc", "adapter.http", "adapter.s3", "bootstrap"}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + module)))
                    .as("classes of %s", module).isTrue();
        }
    }

    @Test
    void domain_depends_only_on_the_jdk() {
        classes().that().resideInAPackage(ROOT + ".domain..")
                .should().onlyDependOnClassesThat(JDK.or(resideInAPackage(ROOT + ".domain..")))
                .check(production);
    }

    @Test
    void application_depends_only_on_the_domain_and_the_jdk() {
        classes().that().resideInAPackage(ROOT + ".application..")
                .should().onlyDependOnClassesThat(JDK.or(resideInAnyPackage(ROOT + ".domain..", ROOT + ".application..")))
                .check(production);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        slices().matching(ROOT + ".adapter.(*)..").should().notDependOnEachOther().check(production);
    }

    @Test
    void nothing_depends_on_bootstrap() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".bootstrap..")
                .check(production);
    }

    @Test
    void modules_have_no_dependency_cycles() {
        slices().assignedFrom(MODULES).should().beFreeOfCycles().check(production);
    }

    @Test
    void javalin_is_used_only_by_the_http_adapter_and_bootstrap() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".adapter.http..", ROOT + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(production);
    }

    @Test
    void picocli_is_used_only_by_the_command_line() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".bootstrap..", ROOT + ".client..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(production);
    }

    @Test
    void jdbi_is_used_only_by_the_jdbc_adapter_and_bootstrap() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".adapter.jdbc..", ROOT + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .check(production);
    }

    @Test
    void database_drivers_are_used_only_by_the_jdbc_adapter_and_bootstrap() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".adapter.jdbc..", ROOT + ".bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..")
                .check(production);
    }

    @Test
    void jackson_is_used_only_by_the_http_adapter_the_client_and_bootstrap() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".adapter.http..", ROOT + ".client..", ROOT + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(production);
    }

    @Test
    void the_aws_sdk_is_used_only_by_the_s3_adapter() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".adapter.s3..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .check(production);
    }

    @Test
    void micrometer_is_used_only_by_the_http_adapter_and_bootstrap() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".adapter.http..", ROOT + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .check(production);
    }

    @Test
    void the_core_knows_nothing_of_metrics_or_logging_backends() {
        noClasses().that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "ch.qos.logback..", "com.zaxxer..")
                .check(production);
    }

    @Test
    void the_test_tools_never_reach_production_code() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.atlassian.oai..", "io.swagger..", "org.openqa.selenium..")
                .check(production);
    }

    @Test
    void logback_is_used_only_by_bootstrap() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
                .check(production);
    }

    /** Classes of the Java platform itself (java.*, javax.crypto, ...): those the platform class loader finds. */
    private static final DescribedPredicate<JavaClass> JDK = new DescribedPredicate<>("are part of the JDK") {
        @Override
        public boolean test(JavaClass javaClass) {
            JavaClass base = javaClass.getBaseComponentType();
            if (base.isPrimitive()) {
                return true;
            }
            try {
                Class.forName(base.getName(), false, ClassLoader.getPlatformClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    };

    /** One slice per module root package: domain, application, adapter.X, bootstrap. */
    private static final SliceAssignment MODULES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(ROOT.length() + 1).split("\\.");
            return SliceIdentifier.of(parts[0].equals("adapter") && parts.length > 1 ? "adapter." + parts[1] : parts[0]);
        }

        @Override
        public String getDescription() {
            return "the modules of private-files";
        }
    };
}
