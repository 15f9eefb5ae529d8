package com.netcore.byok.ui;

import static com.netcore.byok.testing.CeremonyDump.assertNoCopies;
import static com.netcore.byok.testing.CeremonyDump.assertOnlyResidue;
import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.CeremonyDump;
import com.netcore.byok.testing.MemoryDump;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.SecretForms;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: after a wizard walk reaches Done (the real window, headless, in a child JVM), a core dump of the
 * process holds no copy of the key or of any share beyond the residue the README lists.
 */
class WizardMemoryDumpIT {
    static final KeyPair PAIR = TestKeys.rsa(2048);
    static final byte[] KEY = HexFormat.of().parseHex("5be1a09c73d24f86e0b9147a2dc35f68a4e7b0193c8d52f6e1a7094bd3c6f285");
    static final WrappingAlgorithm ALGORITHM = WrappingAlgorithm.RSAES_OAEP_SHA_256;

    @TempDir
    Path dir;

    @Test
    void generatedKeyLeavesNoCopy() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        assertNoCopies("wizard (generated key)", walk(() -> unwrapped(out), out, "generate"));
    }

    @Test
    void keyTypedAsHexLeavesNoCopy() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path keyFile = Files.writeString(dir.resolve("key.hex"), HexFormat.of().formatHex(KEY));
        assertNoCopies("wizard (typed hex key)", walk(() -> List.of(SecretForms.of("key", KEY),
                com.netcore.byok.cli.KeyMemoryDumpIT.rsaInput(out.resolve("CustomerEncryptionKey.bin"))), out, "enter",
                keyFile.toString()));
    }

    @Test
    void splitIntoSharesLeavesOnlyTheQrEncodersString() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path shares = Files.createDirectory(dir.resolve("shares"));
        var counts = walk(() -> {
            List<SecretForms> secrets = new ArrayList<>(unwrapped(out));
            secrets.addAll(com.netcore.byok.cli.ShareMemoryDumpIT.secrets(shares).subList(1, 4));
            return secrets;
        }, out, "split", shares.toString());
        assertOnlyResidue("wizard (split 2-of-3)", counts, com.netcore.byok.cli.ShareMemoryDumpIT.QR_ENCODER);
    }

    private List<SecretForms> unwrapped(Path out) {
        return com.netcore.byok.cli.KeyMemoryDumpIT.secretsOf(ALGORITHM, out.resolve("CustomerEncryptionKey.bin"),
                List.of());
    }

    private Map<String, Long> walk(Supplier<List<SecretForms>> secrets, Path out, String... mode) throws Exception {
        CeremonyDump.requireGcore();
        Path params = Params.folder(dir.resolve("params"), PAIR, ALGORITHM, Duration.ofHours(5));
        List<String> args = new ArrayList<>(List.of(params.toString(), out.toString()));
        args.addAll(List.of(mode));
        try (MemoryDump held = MemoryDump.runAndHold(WizardMemoryMain.class.getName(), args.toArray(String[]::new))) {
            assertThat(held.exitCode()).as(held.output()).isZero();
            Map<String, Long> counts = held.dumpAndCount(dir, secrets);
            System.out.println("[memory dump] wizard " + String.join(" ", mode) + ": core "
                    + held.coreBytes() / (1024 * 1024) + " MB, found " + counts.entrySet().stream()
                    .filter(e -> e.getValue() > 0).toList());
            return counts;
        }
    }
}
