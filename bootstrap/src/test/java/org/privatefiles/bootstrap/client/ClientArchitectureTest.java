package org.privatefiles.bootstrap.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client module talks HTTP only: it knows none of the server's modules, and only bootstrap's launcher knows it. */
class ClientArchitectureTest {
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
    void the_client_is_on_the_class_path() {
        assertThat(production.stream().anyMatch(c -> c.getPackageName().equals(ROOT + ".client"))).isTrue();
    }

    @Test
    void the_client_depends_on_no_server_module() {
        noClasses().that().resideInAPackage(ROOT + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".domain..", ROOT + ".application..",
                        ROOT + ".adapter..", ROOT + ".bootstrap..", "io.javalin..", "org.eclipse.jetty..", "org.jdbi..",
                        "org.h2..", "org.slf4j..", "ch.qos.logback..")
                .check(production);
    }

    @Test
    void no_server_module_depends_on_the_client() {
        noClasses().that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".application..", ROOT + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".client..")
                .check(production);
    }
}
