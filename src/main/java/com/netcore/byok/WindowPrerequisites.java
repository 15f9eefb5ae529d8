package com.netcore.byok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the window needs on Linux before JavaFX starts: a display, and GTK 3 (JavaFX's only Linux backend).
 * Checked without loading anything, so that a missing piece gives one sentence instead of a stack trace.
 */
final class WindowPrerequisites {
    static final String GTK_LIBRARY = "libgtk-3.so.0";
    static final String COMMAND_LINE_HINT = "the command line works without it: byok-wizard --help";
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib");

    private final String osName;
    private final Map<String, String> environment;
    private final String glassPlatform;
    private final Path ldCache;
    private final List<Path> libraryDirs;

    WindowPrerequisites(String osName, Map<String, String> environment, String glassPlatform, Path ldCache,
            List<Path> libraryDirs) {
        this.osName = osName;
        this.environment = environment;
        this.glassPlatform = glassPlatform;
        this.ldCache = ldCache;
        this.libraryDirs = libraryDirs;
    }

    /** This machine: os.name, the environment, the glass.platform property, the ld cache and the usual dirs. */
    static WindowPrerequisites ofThisMachine() {
        List<Path> dirs = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("LD_LIBRARY_PATH", "").split(":")) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        LIBRARY_DIRS.forEach(dir -> dirs.add(Path.of(dir)));
        return new WindowPrerequisites(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"), Path.of("/etc/ld.so.cache"), dirs);
    }

    /** The one-line message naming what is missing and how to get it, or empty when the window can start. */
    Optional<String> missing() {
        boolean ownPlatform = glassPlatform != null && !glassPlatform.isBlank(); // Monocle (headless tests) needs neither
        if (ownPlatform || !osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        if (isBlank("DISPLAY") && isBlank("WAYLAND_DISPLAY")) {
            return Optional.of("The window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set: start it in a"
                    + " desktop session (or over ssh -X); " + COMMAND_LINE_HINT);
        }
        if (!gtkFound()) {
            return Optional.of("The window needs GTK 3 (" + GTK_LIBRARY + "), which is not installed: apt-get install"
                    + " libgtk-3-0, or use a desktop session that has it; " + COMMAND_LINE_HINT);
        }
        return Optional.empty();
    }

    /** The one-line message when JavaFX itself fails to start although the checks above passed. */
    static String toolkitFailed(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        return "The window could not start (" + reason.lines().findFirst().orElse("") + "): check the display and that"
                + " libgtk-3-0 is installed (apt-get install libgtk-3-0); " + COMMAND_LINE_HINT;
    }

    boolean gtkFound() {
        for (Path dir : libraryDirs) {
            if (Files.exists(dir.resolve(GTK_LIBRARY))) {
                return true;
            }
        }
        return ldCacheNames(GTK_LIBRARY);
    }

    private boolean ldCacheNames(String library) {
        try {
            byte[] cache = Files.readAllBytes(ldCache);
            // the cache's string table holds each library's name followed by a NUL
            return indexOf(cache, (library + '\0').getBytes(StandardCharsets.US_ASCII)) >= 0;
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private boolean isBlank(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank();
    }
}
