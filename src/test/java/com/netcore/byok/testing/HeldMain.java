package com.netcore.byok.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A child JVM's entry point for memory searches: runs {@code args[0]}'s {@code static int run(String[])} (or its
 * {@code main}) with the remaining arguments, prints {@link #MARKER} with the exit code and the command's time
 * in milliseconds, then stays alive until
 * its standard input ends, so that the process can be dumped in the state right after the command returned.
 */
public final class HeldMain {
    public static final String MARKER = "HELD-AFTER-RUN exit=";

    private HeldMain() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> target = Class.forName(args[0]);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int exit = 0;
        long start = System.nanoTime();
        try {
            Method run = target.getMethod("run", String[].class);
            exit = (Integer) run.invoke(null, (Object) rest);
        } catch (NoSuchMethodException noRun) {
            target.getMethod("main", String[].class).invoke(null, (Object) rest);
        }
        System.out.flush();
        System.err.flush();
        System.out.println();
        System.out.println(MARKER + exit + " millis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
        waitForEndOfInput();
    }

    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // the parent closes our input when it has taken the dump
        }
    }
}
