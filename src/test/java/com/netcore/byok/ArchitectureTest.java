package com.netcore.byok;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule behind the promise that the customer side cannot talk to a network:
 * ui/cli use ceremony, kms, paper and core; ceremony (the customer's workflow) uses core and paper only; kms and
 * paper use core; core uses none of them; core, ceremony, paper (share sheets and QR codes) and the wizard reach no
 * network class; only kms uses the AWS SDK.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.netcore.byok");
    }

    @Test
    void coreUsesNoGuiNoAwsAndNoNetwork() {
        noClasses().that().resideInAPackage("com.netcore.byok.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "software.amazon..", "java.net..",
                        "javax.net..", "com.netcore.byok.kms..", "com.netcore.byok.ui..", "com.netcore.byok.cli..",
                        "com.netcore.byok.paper..", "com.netcore.byok.ceremony..")
                .check(classes);
    }

    @Test
    void ceremonyUsesOnlyCoreAndPaper() {
        classes().that().resideInAPackage("com.netcore.byok.ceremony..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.netcore.byok.ceremony..",
                        "com.netcore.byok.core..", "com.netcore.byok.paper..", "java..")
                .because("the customer's workflow is the same for the wizard and the command line, and offline")
                .check(classes);
        noClasses().that().resideInAPackage("com.netcore.byok.ceremony..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "software.amazon..", "java.net..",
                        "javax.net..", "com.netcore.byok.kms..", "com.netcore.byok.cli..", "com.netcore.byok.ui..")
                .check(classes);
    }

    @Test
    void paperRendersSharesWithoutNetworkGuiOrAws() {
        noClasses().that().resideInAPackage("com.netcore.byok.paper..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "software.amazon..", "java.net..",
                        "javax.net..", "com.netcore.byok.kms..", "com.netcore.byok.ui..", "com.netcore.byok.cli..",
                        "com.netcore.byok.ceremony..")
                .check(classes);
    }

    @Test
    void kmsDoesNotDependOnUiOrCli() {
        noClasses().that().resideInAPackage("com.netcore.byok.kms..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.netcore.byok.ui..",
                        "com.netcore.byok.cli..", "com.netcore.byok.ceremony..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyKmsTalksToAws() {
        noClasses().that().resideOutsideOfPackage("com.netcore.byok.kms..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .because("the AWS SDK lives in the kms package only; cli and ui use the kms API")
                .check(classes);
    }

    @Test
    void customerWizardDoesNotReachKmsOrNetwork() {
        noClasses().that().resideInAPackage("com.netcore.byok.ui.wizard..")
                .should().dependOnClassesThat().resideInAnyPackage("com.netcore.byok.kms..", "software.amazon..",
                        "java.net..", "javax.net..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theWindowOpensNoConnectionOfItsOwn() {
        noClasses().that().resideInAPackage("com.netcore.byok.ui..")
                .and().doNotHaveFullyQualifiedName("com.netcore.byok.ui.common.NetworkStatus")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.net..", "javax.net..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.net.URL.class))))
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .because("only NetworkStatus reads the list of network interfaces; URLs locate resources only; "
                        + "nothing in ui connects anywhere")
                .check(classes);
    }
}
