package io.labforge.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of the README's "Architecture" section. */
class ArchitectureTest {

    private static final String[] JDK = {"java..", "javax.annotation.."};
    private static final String[] GUI = {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.labforge");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    private static String[] with(String[] base, String... more) {
        String[] out = new String[base.length + more.length];
        System.arraycopy(base, 0, out, 0, base.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    @Test
    void onlyUiUsesTheGuiToolkit() {
        check(noClasses().that().resideOutsideOfPackage("io.labforge.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(GUI)
                .because("only io.labforge.ui may import JavaFX, ControlsFX, AtlantaFX or Ikonli"));
    }

    @Test
    void uiAndCliNeverImportEachOther() {
        check(noClasses().that().resideInAPackage("io.labforge.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.labforge.cli.."));
        check(noClasses().that().resideInAPackage("io.labforge.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.labforge.ui.."));
    }

    @Test
    void onlySshUsesJsch() {
        check(noClasses().that().resideOutsideOfPackage("io.labforge.ssh..")
                .should().dependOnClassesThat().resideInAPackage("com.jcraft.."));
    }

    @Test
    void modelIsJdkOnly() {
        check(classes().that().resideInAPackage("io.labforge.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK, "io.labforge.model..")));
    }

    @Test
    void kindUsesOnlyTheModel() {
        check(classes().that().resideInAPackage("io.labforge.kind..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with(JDK, "io.labforge.model..", "io.labforge.kind..")));
    }

    @Test
    void editUsesOnlyModelAndKind() {
        check(classes().that().resideInAPackage("io.labforge.edit..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        with(JDK, "io.labforge.model..", "io.labforge.kind..", "io.labforge.edit..")));
    }

    @Test
    void coreDoesNotReachUpwards() {
        String[] upper = {"io.labforge.ui..", "io.labforge.cli..", "io.labforge.app.."};
        for (String core : new String[] {"model", "kind", "edit", "validate", "layout", "io", "proxmox", "sandbox", "ssh", "deploy"}) {
            check(noClasses().that().resideInAPackage("io.labforge." + core + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(upper)
                    .allowEmptyShould(true));
        }
    }

    @Test
    void validationAndLayoutStayOffTheNetwork() {
        String[] infra = {"io.labforge.proxmox..", "io.labforge.sandbox..", "io.labforge.ssh..", "io.labforge.deploy..",
                "org.apache.hc..", "java.net.http.."};
        for (String pkg : new String[] {"model", "kind", "edit", "validate", "layout", "io"}) {
            check(noClasses().that().resideInAPackage("io.labforge." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(infra)
                    .allowEmptyShould(true));
        }
    }

    @Test
    void proxmoxClientKnowsNothingOfLabs() {
        check(noClasses().that().resideInAPackage("io.labforge.proxmox..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.labforge.model..", "io.labforge.kind..", "io.labforge.deploy..", "io.labforge.sandbox..",
                        "io.labforge.validate..", "io.labforge.ssh..")
                .allowEmptyShould(true));
    }

    @Test
    void deployReachesProxmoxAndSshOnlyThroughItsPorts() {
        // The engine sees interfaces; the adapters that bind them to the real client live in deploy.adapter.
        check(noClasses().that().resideInAPackage("io.labforge.deploy..")
                .and().resideOutsideOfPackage("io.labforge.deploy.adapter..")
                .should().dependOnClassesThat().resideInAnyPackage("io.labforge.proxmox..", "io.labforge.ssh..", "io.labforge.sandbox..")
                .allowEmptyShould(true));
    }
}
