package com.netcore.byok.bench;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Small timing helpers: whole processes and in-process loops, reported as min / median / max. */
final class Timing {
    private Timing() {
    }

    record Stats(double min, double median, double max) {
        String ms() {
            return String.format(Locale.ROOT, "median %8.1f ms  (min %.1f, max %.1f)", median, min, max);
        }
    }

    static Stats of(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(sorted[0], median, sorted[n - 1]);
    }

    /** Wall time of a whole process in milliseconds, {@code runs} times after one unmeasured warm-up run. */
    static Stats process(int runs, File dir, String... command) throws IOException, InterruptedException {
        run(dir, command);
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(dir, command);
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        return of(samples);
    }

    static void run(File dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    static List<String> list(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
