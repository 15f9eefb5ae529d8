package com.netcore.byok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar byok-wizard.jar} where the window cannot open: one line saying why, exit 1, no stack trace. */
class NoDisplayIT {
    static final Path JAR = Path.of(System.getProperty("byok.jar", "target/byok-wizard.jar"));

    record Run(int exit, String out) {
    }

    static Run openWindow(Map<String, String> display, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(display);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    static void assertOneLineNoStackTrace(Run run) {
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out().strip().lines()).as(run.out()).hasSize(1);
        assertThat(run.out()).contains("byok-wizard --help").doesNotContain("Exception", "at com.", "at java");
    }

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        Run run = openWindow(Map.of());

        assertOneLineNoStackTrace(run);
        assertThat(run.out()).contains("neither DISPLAY nor WAYLAND_DISPLAY is set", "desktop session");
    }

    @Test
    void withoutGtkItSaysHowToInstallIt() throws Exception {
        assumeThat(WindowPrerequisites.ofThisMachine().gtkFound()).as("GTK 3 is installed on this machine").isFalse();

        Run run = openWindow(Map.of("DISPLAY", ":99"));

        assertOneLineNoStackTrace(run);
        assertThat(run.out()).contains("libgtk-3.so.0", "apt-get install libgtk-3-0");
    }

    @Test
    void whenJavaFxItselfFailsTheReasonIsOneLine() throws Exception {
        // glass.platform given on the command line skips the checks, so JavaFX's own start fails
        Run run = openWindow(Map.of(), "-Dglass.platform=gtk");

        assertOneLineNoStackTrace(run);
        assertThat(run.out()).startsWith("The window could not start (");
    }
}
