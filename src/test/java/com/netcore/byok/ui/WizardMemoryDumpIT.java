package com.netcore.byok.ui;

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

    /**
     * In the wizard's busier heap the collector also moved a share's written text (the {@code char[]} of the
     * file text and QR payload, the file's UTF-8 bytes) before it was wiped: at most once per share (measured for one, then two shares of three).
     */
    static final List<CeremonyDump.Residue> SHARE_TEXT_MOVED_BY_GC = sharesText();

    @TempDir
    Path dir;

    private static List<CeremonyDump.Residue> sharesText() {
        List<CeremonyDump.Residue> forms = new ArrayList<>();
        String reason = "garbage collector's stale image of a share's written text";
        for (String form : List.of("hex upper", "hex upper half 1", "hex upper half 2", "typed line 1",
                "typed line 2", "typed line 3", "typed line 4")) {
            forms.add(new CeremonyDump.Residue("share ", form + " (UTF-16)", 1, reason));
            if (form.startsWith("typed")) {
                forms.add(new CeremonyDump.Residue("share ", form, 1, reason));
            }
        }
        return forms;
    }

    @Test
    void generatedKeyLeavesNoCopy() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        assertOnlyResidue("wizard (generated key)", walk(() -> unwrapped(out), out, "generate"),
                CeremonyDump.MOVED_BY_GC);
    }

    @Test
    void keyTypedAsHexLeavesNoCopy() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path keyFile = Files.writeString(dir.resolve("key.hex"), HexFormat.of().formatHex(KEY));
        assertOnlyResidue("wizard (typed hex key)", walk(() -> List.of(SecretForms.of("key", KEY)), out, "enter",
                keyFile.toString()), CeremonyDump.MOVED_BY_GC);
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
        List<CeremonyDump.Residue> allowed = new ArrayList<>(com.netcore.byok.cli.ShareMemoryDumpIT.QR_ENCODER);
        allowed.addAll(CeremonyDump.MOVED_BY_GC);
        allowed.addAll(SHARE_TEXT_MOVED_BY_GC);
        assertOnlyResidue("wizard (split 2-of-3)", counts, allowed);
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
