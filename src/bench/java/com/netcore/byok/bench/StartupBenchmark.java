package com.netcore.byok.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cold start of the window to the first step, laid out and interactive (median of 5), and resident memory
 * at idle, next to a minimal JavaFX window started the same way. Needs a display:
 * {@code xvfb-run -a mvn -q -Pbench -DskipTests verify -Dbench.main=com.netcore.byok.bench.StartupBenchmark}.
 * A custom launch command can be given as extra arguments (e.g. an installed launcher), and after
 * {@code --baseline} a custom command for the minimal window (e.g. the same window packaged as the product is:
 * installer/linux/startup-bench.sh).
 */
public final class StartupBenchmark {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        if (System.getenv("DISPLAY") == null) {
            System.out.println("No DISPLAY: run under xvfb-run -a (apt-get install xvfb libgtk-3-0).");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath;
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            classPath = jars.map(Path::toString).collect(Collectors.joining(File.pathSeparator))
                    + File.pathSeparator + target.resolve("test-classes");
        }
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        int split = rest.indexOf("--baseline");
        List<String> custom = split < 0 ? rest : rest.subList(0, split);
        List<String> ours = !custom.isEmpty() ? custom
                : List.of(java, "-Dbyok.startupProbe=true", "-jar", target.resolve("byok-wizard.jar").toString());
        List<String> minimal = split >= 0 ? rest.subList(split + 1, rest.size())
                : List.of(java, "-cp", classPath, MinimalWindow.Launcher.class.getName());

        Result a = measure(ours);
        Result b = measure(minimal);
        System.out.println("== Start to first step shown and interactive (5 cold starts each) ==");
        System.out.println("  BYOK Wizard     " + a);
        System.out.println("  minimal JavaFX  " + b);
        System.out.printf(Locale.ROOT, "  ratio: start %.2fx, memory %.2fx%n", a.medianMs() / b.medianMs(),
                (double) a.rssKb() / b.rssKb());
    }

    record Result(double medianMs, double minMs, double maxMs, double insideMedianMs, long rssKb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %6.0f ms (min %.0f, max %.0f; %.0f ms by the JVM's own clock), "
                    + "RSS at idle %d MB", medianMs, minMs, maxMs, insideMedianMs, rssKb / 1024);
        }
    }

    static Result measure(List<String> command) throws Exception {
        double[] outside = new double[5];
        double[] inside = new double[5];
        long rss = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("BYOK-READY")) {
                // skip other output
            }
            if (line == null) {
                throw new IllegalStateException("no READY marker from " + command);
            }
            outside[i] = (System.nanoTime() - start) / 1e6;
            inside[i] = Double.parseDouble(line.split(" ")[1]);
            if (i == 4) {
                Thread.sleep(3000);
                rss = residentKb(process.pid());
            }
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        Timing.Stats o = Timing.of(outside);
        return new Result(o.median(), o.min(), o.max(), Timing.of(inside).median(), rss);
    }

    static long residentKb(long pid) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/" + pid + "/status")));
        return lines.stream().filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", ""))
                .mapToLong(Long::parseLong).findFirst().orElse(-1);
    }
}
