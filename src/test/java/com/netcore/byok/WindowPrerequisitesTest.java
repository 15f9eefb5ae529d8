package com.netcore.byok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks before the window opens: display variables and the GTK probe, on a fake library path. */
class WindowPrerequisitesTest {
    @TempDir
    Path dir;

    private WindowPrerequisites linux(Map<String, String> env, List<Path> libraryDirs) {
        return new WindowPrerequisites("Linux", env, null, dir.resolve("no-ld.so.cache"), libraryDirs);
    }

    @Test
    void noDisplayNamesBothVariablesAndTheCommandLine() {
        String message = linux(Map.of("DISPLAY", " "), List.of()).missing().orElseThrow();

        assertThat(message).contains("DISPLAY", "WAYLAND_DISPLAY", "desktop session", "byok-wizard --help")
                .doesNotContain("\n");
    }

    @Test
    void waylandAloneIsADisplay() throws IOException {
        Path libs = Files.createDirectory(dir.resolve("lib"));
        Files.write(libs.resolve("libgtk-3.so.0"), new byte[0]);

        assertThat(linux(Map.of("WAYLAND_DISPLAY", "wayland-0"), List.of(libs)).missing()).isEmpty();
    }

    @Test
    void gtkMissingFromEveryDirectoryAndTheCacheSaysHowToInstallIt() throws IOException {
        Path libs = Files.createDirectory(dir.resolve("lib"));
        Files.write(libs.resolve("libgtk-2.so.0"), new byte[0]);

        String message = linux(Map.of("DISPLAY", ":0"), List.of(libs, dir.resolve("absent"))).missing().orElseThrow();

        assertThat(message).contains("libgtk-3.so.0", "apt-get install libgtk-3-0", "byok-wizard --help")
                .doesNotContain("\n");
    }

    @Test
    void gtkInALibraryDirectoryIsFound() throws IOException {
        Path libs = Files.createDirectory(dir.resolve("lib"));
        Files.write(libs.resolve("libgtk-3.so.0"), new byte[0]);

        assertThat(linux(Map.of("DISPLAY", ":0"), List.of(dir.resolve("absent"), libs)).missing()).isEmpty();
    }

    @Test
    void gtkNamedInTheLdCacheIsFound() throws IOException {
        Path cache = dir.resolve("ld.so.cache");
        Files.write(cache, "glibc-ld.so.cache1.1\0libgtk-3.so.0\0/usr/lib/x86_64-linux-gnu/libgtk-3.so.0\0"
                .getBytes(StandardCharsets.US_ASCII));
        Path other = dir.resolve("other.cache");
        Files.write(other, "glibc-ld.so.cache1.1\0libgtk-3.so.01\0libgtk-4.so.1\0".getBytes(StandardCharsets.US_ASCII));
        Map<String, String> env = Map.of("DISPLAY", ":0");

        assertThat(new WindowPrerequisites("Linux", env, null, cache, List.of()).missing()).isEmpty();
        assertThat(new WindowPrerequisites("Linux", env, null, other, List.of()).missing()).isPresent();
    }

    @Test
    void monocleAndOtherSystemsAreNotChecked() {
        Path noCache = dir.resolve("none");

        assertThat(new WindowPrerequisites("Linux", Map.of(), "Monocle", noCache, List.of()).missing()).isEmpty();
        assertThat(new WindowPrerequisites("Windows 11", Map.of(), null, noCache, List.of()).missing()).isEmpty();
        assertThat(new WindowPrerequisites("Mac OS X", Map.of(), null, noCache, List.of()).missing()).isEmpty();
    }

    @Test
    void aToolkitFailureBecomesOneLineWithItsInnermostReason() {
        RuntimeException failure = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY\nsecond line"));

        String message = WindowPrerequisites.toolkitFailed(failure);

        assertThat(message).startsWith("The window could not start (Unable to open DISPLAY)")
                .contains("apt-get install libgtk-3-0", "byok-wizard --help").doesNotContain("\n", "Exception");
    }
}
