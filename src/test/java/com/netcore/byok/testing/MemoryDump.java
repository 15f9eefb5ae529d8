package com.netcore.byok.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a main class in a child JVM (small serial-GC heap, the test class path), keeps it alive after the main
 * returns ({@link HeldMain}), takes a core dump of it with gdb's {@code gcore}, and counts every form of given
 * secrets in the dump. The dump holds the secrets, so it is deleted before the search result is returned.
 */
public final class MemoryDump implements AutoCloseable {
    public static final Path GCORE = Path.of("/usr/bin/gcore");
    /** A small heap, and small reservations (class space, code cache, malloc arenas) so the dump is ~400 MB, not 2.4 GB. */
    public static final List<String> SERIAL_GC = jvmOptions("-XX:+UseSerialGC");
    /** The collector the installed application gets on a workstation (two or more CPUs, 2 GB or more). */
    public static final List<String> G1_GC = jvmOptions("-XX:+UseG1GC");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch held = new CountDownLatch(1);
    private volatile int exitCode = -1;
    private volatile long commandMillis = -1;
    private long coreBytes;

    private MemoryDump(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "held-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    private static List<String> jvmOptions(String collector) {
        return List.of("-Xmx64m", collector, "-XX:-UsePerfData", "-XX:CompressedClassSpaceSize=16m",
                "-XX:ReservedCodeCacheSize=16m", "-Djava.awt.headless=true");
    }

    /** Where gcore is, if installed (it comes with gdb). */
    public static boolean gcoreInstalled() {
        return Files.isExecutable(GCORE);
    }

    /** Starts {@code mainClass} with {@code args} and waits until it has returned (at most two minutes). */
    public static MemoryDump runAndHold(String mainClass, String... args) throws IOException, InterruptedException {
        return runAndHold(SERIAL_GC, mainClass, args);
    }

    /** As above, with {@code jvmOptions} instead of the small heap (e.g. the JVM's defaults, to measure memory). */
    public static MemoryDump runAndHold(List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String extra = System.getProperty("byok.memoryDump.jvmOptions", "").strip(); // for measurements only
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), HeldMain.class.getName(), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        MemoryDump run = new MemoryDump(builder.start());
        if (!run.held.await(120, TimeUnit.SECONDS)) {
            run.close();
            throw new IllegalStateException("The child JVM did not finish its command within 2 minutes:\n" + run.output);
        }
        return run;
    }

    public int exitCode() {
        return exitCode;
    }

    /** How long the command itself ran, without the JVM's start. */
    public long commandMillis() {
        return commandMillis;
    }

    /** The held process's peak resident memory so far ({@code VmHWM} in {@code /proc/PID/status}). */
    public long peakResidentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmHWM in /proc/" + process.pid() + "/status");
    }

    /** The size of the last core dump, for the test's report. */
    public long coreBytes() {
        return coreBytes;
    }

    /** What the command printed (standard output and error together). */
    public String output() {
        return output.toString();
    }

    /**
     * Dumps the held process into {@code folder}, asks {@code secrets} (called after the dump, so that a test
     * may first read what the command wrote) what to look for, and returns the count of each form; the core
     * file is deleted in every case.
     */
    public Map<String, Long> dumpAndCount(Path folder, Supplier<List<SecretForms>> secrets)
            throws IOException, InterruptedException {
        Path prefix = folder.resolve("core");
        Path core = folder.resolve("core." + process.pid());
        try {
            Process gcore = new ProcessBuilder(GCORE.toString(), "-o", prefix.toString(), String.valueOf(process.pid()))
                    .redirectErrorStream(true).start();
            String gcoreOutput = new String(gcore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!gcore.waitFor(120, TimeUnit.SECONDS) || gcore.exitValue() != 0 || !Files.isRegularFile(core)) {
                throw new IllegalStateException("gcore could not dump process " + process.pid()
                        + " (is ptrace allowed? run as root or set kernel.yama.ptrace_scope=0):\n" + gcoreOutput);
            }
            coreBytes = Files.size(core);
            return CoreSearch.count(core, SecretForms.labelled(secrets.get()));
        } finally {
            Files.deleteIfExists(core);
        }
    }

    /** Ends the child JVM. */
    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyGone) {
            // the process has ended
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(HeldMain.MARKER)) {
                    String[] fields = line.substring(HeldMain.MARKER.length()).trim().split(" millis=");
                    exitCode = Integer.parseInt(fields[0]);
                    commandMillis = Long.parseLong(fields[1]);
                    held.countDown();
                } else {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException ended) {
            // the process has ended
        } finally {
            held.countDown();
        }
    }
}
