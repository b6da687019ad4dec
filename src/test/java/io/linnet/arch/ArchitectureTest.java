package io.linnet.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers of docs/architecture.md honest: ixian ← s2 ← chat ← store; ui and cli on top; app
 * (the composition root) may see everything. Nothing below ui touches JavaFX.
 */
@AnalyzeClasses(packages = "io.linnet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("ixian").definedBy("io.linnet.ixian..")
            .layer("s2").definedBy("io.linnet.s2..")
            .layer("chat").definedBy("io.linnet.chat..")
            .layer("store").definedBy("io.linnet.store..")
            .layer("ui").definedBy("io.linnet.ui..")
            .layer("cli").definedBy("io.linnet.cli..")
            .layer("app").definedBy("io.linnet.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("chat").mayOnlyBeAccessedByLayers("store", "ui", "cli", "app")
            .whereLayer("s2").mayOnlyBeAccessedByLayers("chat", "store", "ui", "cli", "app")
            .whereLayer("ixian").mayOnlyBeAccessedByLayers("s2", "chat", "store", "ui", "cli", "app");

    /** The network layer (wire, messages, connections, relay) knows nothing of chat, storage, UI or CLI. */
    @ArchTest
    static final ArchRule s2StaysBelowTheApplication = noClasses()
            .that().resideInAPackage("io.linnet.s2..")
            .should().dependOnClassesThat().resideInAnyPackage("io.linnet.chat..", "io.linnet.store..",
                    "io.linnet.ui..", "io.linnet.cli..", "io.linnet.app..");

    @ArchTest
    static final ArchRule noJavaFxBelowUi = noClasses()
            .that().resideInAnyPackage("io.linnet.ixian..", "io.linnet.s2..", "io.linnet.chat..",
                    "io.linnet.store..", "io.linnet.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");
}
