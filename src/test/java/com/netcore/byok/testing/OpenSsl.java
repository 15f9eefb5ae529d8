package com.netcore.byok.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the OpenSSL command line, the independent implementation AWS documents its import recipe with. */
public final class OpenSsl {
    private OpenSsl() {
    }

    public record Result(int exitCode, byte[] stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    public static Result run(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).start();
            process.getOutputStream().close();
            byte[] out = readAll(process.getInputStream());
            String err = new String(readAll(process.getErrorStream()));
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("openssl timed out: " + command);
            }
            return new Result(process.exitValue(), out, err);
        } catch (IOException e) {
            throw new IllegalStateException("openssl is needed for the interop tests (apt-get install openssl): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Result runOk(Path workDir, String... args) {
        Result result = run(workDir, args);
        if (!result.ok()) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed: " + result.stderr());
        }
        return result;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
