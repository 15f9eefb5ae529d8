package com.netcore.byok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer scripts: core dumps off in every launcher, and every installer path the docs name exists. */
class InstallerScriptsTest {
    static final Path WRAPPER = Path.of("installer/linux/byok-wizard.sh");

    @Test
    void everyJpackageLauncherTurnsCrashCoreDumpsOff() throws IOException {
        Pattern flag = Pattern.compile("--java-options'?,?\\s+'-XX:-CreateCoredumpOnCrash'");
        for (String script : List.of("installer/linux/build.sh", "installer/macos/build.sh", "installer/windows/build.ps1")) {
            String text = Files.readString(Path.of(script));
            int mainClass = text.indexOf("--main-class"); // in the app-image step, which makes the launchers
            String appImageCall = text.substring(mainClass, Math.min(text.length(), mainClass + 400));

            assertThat(flag.matcher(appImageCall).find()).as(script + " app-image --java-options").isTrue();
        }
    }

    @Test
    void theLinuxCommandRunsTheLauncherWithCoreDumpsOff(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("opt/byok-wizard/bin"));
        Files.copy(WRAPPER, bin.resolve("byok-wizard.sh"));
        // stands in for jpackage's launcher: reports the core size limit it was started with, and its arguments
        Files.writeString(bin.resolve("byok-wizard"), "#!/bin/sh\necho \"core=$(ulimit -c) args=$*\"\n");
        for (Path script : List.of(bin.resolve("byok-wizard.sh"), bin.resolve("byok-wizard"))) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path onPath = Files.createDirectories(dir.resolve("usr/bin")).resolve("byok-wizard");
        Files.createSymbolicLink(onPath, bin.resolve("byok-wizard.sh"));

        // started with a soft limit above zero, as a shell with core dumps enabled would
        Process process = new ProcessBuilder("sh", "-c", "ulimit -S -c 1024 2>/dev/null; exec \"$0\" \"$@\"",
                onPath.toString(), "wrap", "--help").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).strip();

        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("core=0 args=wrap --help");
    }

    @Test
    void theDebPointsTheCommandAndTheMenuAtTheWrapper() throws IOException {
        assertThat(Files.readString(Path.of("installer/linux/resources/postinst")))
                .contains("ln -sf /opt/byok-wizard/bin/byok-wizard.sh /usr/bin/byok-wizard");
        assertThat(Files.readString(Path.of("installer/linux/resources/byok-wizard.desktop")))
                .contains("\nExec=/opt/byok-wizard/bin/byok-wizard.sh\n");
        assertThat(Files.readString(Path.of("installer/linux/build.sh")))
                .contains("install -m 755 installer/linux/byok-wizard.sh \"$OUT/byok-wizard/bin/byok-wizard.sh\"");
    }

    @Test
    void everyInstallerPathNamedInScriptsAndDocsExists() throws IOException {
        List<Path> sources = new ArrayList<>(List.of(Path.of("README.md"), Path.of("docs/ARCHITECTURE.md"),
                Path.of("pom.xml")));
        for (String tree : List.of("installer", ".github")) {
            try (Stream<Path> files = Files.walk(Path.of(tree))) {
                files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".classlist"))
                        .forEach(sources::add);
            }
        }
        Pattern reference = Pattern.compile("(?<![\\w/])installer/[\\w./-]*[\\w/]");
        List<String> missing = new ArrayList<>();
        for (Path source : sources) {
            Matcher matcher = reference.matcher(Files.readString(source));
            while (matcher.find()) {
                if (!Files.exists(Path.of(matcher.group()))) {
                    missing.add(source + ": " + matcher.group());
                }
            }
        }

        assertThat(sources).hasSizeGreaterThan(15);
        assertThat(missing).isEmpty();
    }
}
