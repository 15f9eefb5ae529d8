package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.IdentityFile;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.KeyShares;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.core.ShareTexts;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.Signers;
import com.netcore.byok.testing.TestKeys;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything a person can get wrong on the customer side, through the real command line: each case gives
 * one clear line (no stack trace), the documented exit code, and leaves nothing in the output folder.
 */
class BadInputCorpusTest {
    static final KeyPair PAIR = TestKeys.rsa(2048);
    static final String KEY_HEX = "00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String OTHER_HEX = "f0e1d2c3b4a5968778695a4b3c2d1e0fffeeddccbbaa99887766554433221100";

    /** A fresh ceremony folder: params/, key.hex, c1.hex, c2.hex, out/ (empty). */
    record Ceremony(Path root) {
        Path params() {
            return root.resolve("params");
        }

        Path publicKey() {
            return params().resolve("WrappingPublicKey.bin");
        }

        Path readme() {
            return params().resolve("README.txt");
        }

        Path out() {
            return root.resolve("out");
        }

        Path file(String name) {
            return root.resolve(name);
        }

        String p(String name) {
            return root.resolve(name).toString();
        }

        void write(Path file, String text) throws IOException {
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        }

        void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes);
        }
    }

    interface Setup {
        void apply(Ceremony c) throws Exception;
    }

    interface Args {
        String[] of(Ceremony c);
    }

    record Case(String name, Setup setup, Args args, int exit, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Args wrapWith(String... keyArgs) {
        return c -> {
            List<String> args = new ArrayList<>(List.of("wrap", "--params", c.params().toString(), "--out", c.out().toString()));
            for (String a : keyArgs) {
                args.add(a.startsWith("@") ? c.p(a.substring(1)) : a);
            }
            return args.toArray(String[]::new);
        };
    }

    static final Args WRAP_KEY_FILE = wrapWith("--key-file", "@key.hex");

    static Case publicKey(String name, Setup setup, String message) {
        return new Case("public key: " + name, setup, WRAP_KEY_FILE, 1, message);
    }

    static Case readme(String name, String text, String message) {
        return new Case("README: " + name, c -> c.write(c.readme(), text), WRAP_KEY_FILE, 1, message);
    }

    static Case keyFile(String name, Setup setup, String message) {
        return new Case("key file: " + name, setup, WRAP_KEY_FILE, 1, message);
    }

    static String ownReadme(Instant validTo) {
        return ImportReadme.write(Params.KEY_ARN, WrappingAlgorithm.RSAES_OAEP_SHA_256, 2048, validTo,
                Params.sha256(PAIR.getPublic().getEncoded()));
    }

    static Stream<Case> cases() throws Exception {
        byte[] der = PAIR.getPublic().getEncoded();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        byte[] ecDer = ec.generateKeyPair().getPublic().getEncoded();
        KeyPairGenerator rsa1024 = KeyPairGenerator.getInstance("RSA");
        rsa1024.initialize(1024);
        byte[] smallDer = rsa1024.generateKeyPair().getPublic().getEncoded();
        KeyPairGenerator rsa2048 = KeyPairGenerator.getInstance("RSA");
        rsa2048.initialize(2048);
        byte[] swappedDer = rsa2048.generateKeyPair().getPublic().getEncoded();
        byte[] hugeDer = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                BigInteger.ONE.shiftLeft(8191).setBit(0), BigInteger.valueOf(65537))).getEncoded();
        byte[] pkcs1 = new org.bouncycastle.asn1.pkcs.RSAPublicKey(((RSAPublicKey) PAIR.getPublic()).getModulus(),
                ((RSAPublicKey) PAIR.getPublic()).getPublicExponent()).getEncoded();
        Instant now = Instant.now();
        byte[] certificate = new JcaX509v3CertificateBuilder(new X500Name("CN=Not a wrapping key"), BigInteger.ONE,
                Date.from(now), Date.from(now.plusSeconds(86_400)), new X500Name("CN=Not a wrapping key"), PAIR.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(PAIR.getPrivate())).getEncoded();
        String aheadReadme = "Wrapping algorithm: RSAES_OAEP_SHA_256\nExpires: " + now.plus(Duration.ofHours(20)) + "\n";

        return Stream.concat(Stream.of(
                publicKey("empty", c -> c.write(c.publicKey(), new byte[0]), "is empty"),
                publicKey("truncated DER", c -> c.write(c.publicKey(), Arrays.copyOf(der, 200)), "truncated"),
                publicKey("random garbage", c -> c.write(c.publicKey(), new byte[] {0x30, (byte) 0x82, (byte) 0xFF, 1, 2}),
                        "is not a DER public key"),
                publicKey("trailing bytes", c -> c.write(c.publicKey(), Arrays.copyOf(der, der.length + 2)),
                        "2 unexpected bytes after the key"),
                publicKey("PKCS#8 private key DER", c -> c.write(c.publicKey(), PAIR.getPrivate().getEncoded()),
                        "is a PKCS#8 private key"),
                publicKey("private key PEM", c -> c.write(c.publicKey(), TestKeys.privatePem(PAIR)),
                        "is a private key (PEM PRIVATE KEY)"),
                publicKey("certificate DER", c -> c.write(c.publicKey(), certificate), "is an X.509 certificate"),
                publicKey("certificate PEM", c -> c.write(c.publicKey(), TestKeys.pem("CERTIFICATE", certificate)),
                        "is an X.509 certificate"),
                publicKey("EC key", c -> c.write(c.publicKey(), ecDer), "is an elliptic-curve (EC) public key"),
                publicKey("RSA 1024", c -> c.write(c.publicKey(), smallDer), "holds a 1024-bit RSA key"),
                publicKey("RSA 8192", c -> c.write(c.publicKey(), hugeDer), "holds a 8192-bit RSA key"),
                publicKey("PKCS#1 PEM", c -> c.write(c.publicKey(), TestKeys.pem("RSA PUBLIC KEY", pkcs1)),
                        "is a PKCS#1 RSA PUBLIC KEY"),
                publicKey("PEM without END", c -> c.write(c.publicKey(), TestKeys.publicPem(PAIR).substring(0, 200)),
                        "without a matching END line"),
                publicKey("prose", c -> c.write(c.publicKey(), "Please find the key attached.\n"), "neither PEM nor base64"),
                publicKey("bigger than any key", c -> c.write(c.publicKey(), new byte[40_000]), "far larger than expected"),
                publicKey("folder instead of file", c -> {
                    Files.delete(c.publicKey());
                    Files.createDirectory(c.publicKey());
                }, "holds no WrappingPublicKey.bin"),
                new Case("public key: --public-key file missing", c -> { },
                        c -> new String[] {"wrap", "--public-key", c.p("nope.bin"), "--algorithm", "RSAES_OAEP_SHA_256",
                                "--generate", "--out", c.out().toString()}, 1, "nope.bin does not exist"),
                new Case("params: folder missing", c -> { },
                        c -> new String[] {"wrap", "--params", c.p("missing"), "--generate", "--out", c.out().toString()},
                        1, "missing does not exist"),
                new Case("params: folder without public key", c -> Files.delete(c.publicKey()), WRAP_KEY_FILE, 1,
                        "holds no WrappingPublicKey.bin"),

                readme("PKCS#1 v1.5 named", "Wrapping algorithm: RSAES_PKCS1_V1_5\n", "no longer supported by AWS KMS"),
                readme("SM2PKE named", "Wrapping algorithm: SM2PKE\n", "China Regions"),
                readme("two algorithms", "Use RSAES_OAEP_SHA_256.\nOr RSA_AES_KEY_WRAP_SHA_256.\n",
                        "two different wrapping algorithms"),
                readme("spec contradicts key", "Algorithm RSAES_OAEP_SHA_256, key spec RSA_4096\n",
                        "says RSA_4096 but the wrapping public key is 2048 bits"),
                readme("fingerprint contradicts key", ownReadme(now.plusSeconds(3600)).replaceFirst(
                        "SHA-256: [0-9a-f]{4}", "SHA-256: 0000"), "different downloads or were changed"),
                readme("own format, expired", ownReadme(now.minusSeconds(7200)), "expired at"),
                readme("free text, expired", "Algorithm RSAES_OAEP_SHA_256. Expires " + now.minusSeconds(60) + "\n",
                        "must download new import parameters"),
                readme("no algorithm", "Key spec RSA_2048\n", "names no wrapping algorithm"),
                readme("empty", "\n", "is empty"),
                readme("own format, line missing", ownReadme(now.plusSeconds(3600)).replaceFirst("Key ARN:.*\n", ""),
                        "has no 'Key ARN:' line"),
                readme("two expiry times", "RSAES_OAEP_SHA_256\nExpires 2099-01-01T00:00:00Z\nExpires 2099-01-02T00:00:00Z\n",
                        "different expiry times"),
                new Case("README: --algorithm contradicts it", c -> c.write(c.readme(), aheadReadme),
                        wrapWith("--key-file", "@key.hex", "--algorithm", "RSAES_OAEP_SHA_1"), 1, "was requested"),
                new Case("no README and no --algorithm", c -> { },
                        c -> new String[] {"wrap", "--public-key", c.publicKey().toString(), "--key-file", c.p("key.hex"),
                                "--out", c.out().toString()}, 1, "No README.txt was given"),
                new Case("--algorithm RSAES_PKCS1_V1_5", c -> { },
                        wrapWith("--key-file", "@key.hex", "--algorithm", "RSAES_PKCS1_V1_5"), 2, "no longer supported"),
                new Case("--algorithm unknown", c -> { }, wrapWith("--key-file", "@key.hex", "--algorithm", "AES256"), 2,
                        "Unknown wrapping algorithm 'AES256'"),

                keyFile("short hex", c -> c.write(c.file("key.hex"), KEY_HEX.substring(0, 32) + "\n"),
                        "has 32 hex digits (16 bytes)"),
                keyFile("odd hex", c -> c.write(c.file("key.hex"), KEY_HEX.substring(1)), "an odd number"),
                keyFile("hex typo", c -> c.write(c.file("key.hex"), KEY_HEX.replace("4b5a", "4b5z")),
                        "character 'z' at line 1, column 44 is not a hex digit"),
                keyFile("base64 of 24 bytes", c -> c.write(c.file("key.hex"), Base64.getEncoder().encodeToString(
                        Arrays.copyOf(HexFormat.of().parseHex(KEY_HEX), 24))), "decodes as base64 to 24 bytes"),
                keyFile("all zeros", c -> c.write(c.file("key.hex"), "00".repeat(32)), "is all zeros"),
                keyFile("31 raw bytes", c -> c.write(c.file("key.hex"), rawBytes(31)), "holds 31 bytes of binary data"),
                keyFile("empty", c -> c.write(c.file("key.hex"), new byte[0]), "is empty"),
                keyFile("UTF-16", c -> c.write(c.file("key.hex"), ("\uFEFF" + KEY_HEX).getBytes(StandardCharsets.UTF_16LE)),
                        "UTF-16"),
                keyFile("missing", c -> Files.delete(c.file("key.hex")), "key.hex does not exist"),
                keyFile("punctuation", c -> c.write(c.file("key.hex"), "secret!"), "character '!'"),

                new Case("components: only one", c -> { }, wrapWith("--component-file", "@c1.hex"), 1,
                        "needs at least 2 components; 1 given"),
                new Case("components: identical", c -> { },
                        wrapWith("--component-file", "@c1.hex", "--component-file", "@c1.hex"), 1, "are identical"),
                new Case("components: typo in the second", c -> c.write(c.file("c2.hex"), OTHER_HEX.replace('e', 'x')),
                        wrapWith("--component-file", "@c1.hex", "--component-file", "@c2.hex"), 1,
                        "Component 2 file " + "%ROOT%/c2.hex: character 'x'"),
                new Case("components: short first", c -> c.write(c.file("c1.hex"), KEY_HEX.substring(0, 62)),
                        wrapWith("--component-file", "@c1.hex", "--component-file", "@c2.hex"), 1,
                        "Component 1 file %ROOT%/c1.hex has 62 hex digits (31 bytes)"),
                new Case("components: XOR to zero", c -> c.write(c.file("c3.hex"), xorHex(KEY_HEX, OTHER_HEX)),
                        wrapWith("--component-file", "@c1.hex", "--component-file", "@c2.hex", "--component-file", "@c3.hex"),
                        1, "XOR to all zeros"),
                new Case("components: one missing", c -> { },
                        wrapWith("--component-file", "@c1.hex", "--component-file", "@c9.hex"), 1, "c9.hex does not exist"),

                new Case("out: folder missing", c -> Files.delete(c.out()), WRAP_KEY_FILE, 1,
                        "out does not exist. Create it or choose another folder."),
                new Case("out: a file", c -> {
                    Files.delete(c.out());
                    c.write(c.out(), "x");
                }, WRAP_KEY_FILE, 1, "is a file, not a folder"),

                new Case("usage: no key source", c -> { }, wrapWith(), 2, "Missing required argument"),
                new Case("usage: two key sources", c -> { }, wrapWith("--generate", "--key-file", "@key.hex"), 2,
                        "mutually exclusive"),
                new Case("usage: no --out", c -> { }, c -> new String[] {"wrap", "--params", c.params().toString(),
                        "--generate"}, 2, "Missing required option: '--out=DIR'"),
                new Case("usage: unknown option", c -> { }, wrapWith("--generate", "--colour"), 2, "Unknown option: '--colour'"),

                new Case("verify: no receipt in folder", c -> { }, c -> new String[] {"verify", c.out().toString()}, 1,
                        "holds no CustomerEncryptionKey-receipt.txt"),
                new Case("verify: receipt missing a line", c -> c.write(c.file("receipt.txt"),
                        "File: CustomerEncryptionKey.bin\n"),
                        c -> new String[] {"verify", c.p("receipt.txt")}, 1, "has no 'File size:' line"),
                new Case("inspect: missing target", c -> { }, c -> new String[] {"inspect", c.p("nothing-here")}, 1,
                        "nothing-here does not exist"),

                new Case("verify: receipt names another file", c -> c.write(c.file("receipt.txt"),
                        "File: ../params/WrappingPublicKey.bin\n"), c -> new String[] {"verify", c.p("receipt.txt")}, 1,
                        "names '../params/WrappingPublicKey.bin' as its file, but a receipt always names "
                                + "CustomerEncryptionKey.bin, the file beside it."),
                new Case("verify: receipt names an absolute path", c -> c.write(c.file("receipt.txt"),
                        "File: /etc/passwd\n"), c -> new String[] {"verify", c.p("receipt.txt")}, 1,
                        "names '/etc/passwd' as its file"),
                new Case("inspect: /dev/zero", c -> { }, c -> new String[] {"inspect", "/dev/zero"}, 1,
                        "/dev/zero is not a regular file (it is a character device such as /dev/zero)"),
                new Case("key file: /dev/zero given directly", c -> { }, wrapWith("--key-file", "/dev/zero"), 1,
                        "Key file /dev/zero is not a regular file"),
                keyFile("named pipe", c -> {
                    Files.delete(c.file("key.hex"));
                    mkfifo(c.file("key.hex"));
                }, "key.hex is not a regular file (it is a named pipe (FIFO))"),
                new Case("components: a named pipe", c -> mkfifo(c.file("c3.hex")),
                        wrapWith("--component-file", "@c1.hex", "--component-file", "@c3.hex"), 1,
                        "c3.hex is not a regular file (it is a named pipe (FIFO))"),
                publicKey("named pipe", c -> {
                    Files.delete(c.publicKey());
                    mkfifo(c.publicKey());
                }, "WrappingPublicKey.bin is not a regular file (it is a named pipe (FIFO))"),
                new Case("README: named pipe", c -> {
                    Files.delete(c.readme());
                    mkfifo(c.readme());
                }, WRAP_KEY_FILE, 1, "README.txt is not a regular file (it is a named pipe (FIFO))"),
                readme("a 4 KB line", "RSAES_OAEP_SHA_256\nExpires 2026-12-01 10:00" + " ".repeat(5000) + "x\n",
                        "line 2 is 5025 characters long, but a README of import parameters has short lines"),
                readme("a 256 KB line", "RSAES_OAEP_SHA_256\nExpires 2026-12-01 10:00" + " ".repeat(256 * 1024) + "x\n",
                        "far larger than expected (at most 65536)"),
                readme("a copyright date taken for the expiry", "Wrapping algorithm: RSAES_OAEP_SHA_256\n"
                        + "Copyright Example Corp., revised 2031-05-04 10:00 UTC.\n",
                        "README.txt gives 2031-05-04T10:00:00Z as the expiry"),
                publicKey("RSA 2500, exponent 3", c -> c.write(c.publicKey(), rsaDer(BigInteger.ONE.shiftLeft(2499)
                        .setBit(0).setBit(99), 3)), "holds a 2500-bit RSA key. AWS KMS wrapping keys are exactly 2048"),
                publicKey("exponent 3", c -> c.write(c.publicKey(), rsaDer(modulus(), 3)),
                        "holds an RSA key with public exponent 3"),
                publicKey("even modulus", c -> c.write(c.publicKey(), rsaDer(modulus().clearBit(0), 65537)),
                        "holds an RSA key with an even modulus"),
                keyFile("all ff", c -> c.write(c.file("key.hex"), "ff".repeat(32)),
                        "The key is one 1-byte pattern repeated (every byte the same)"),
                keyFile("00..01", c -> c.write(c.file("key.hex"), "00".repeat(31) + "01"),
                        "The key has only 2 different byte values in 32 bytes"),
                keyFile("8-byte pattern repeated", c -> c.write(c.file("key.hex"), "0123456789abcdef".repeat(4)),
                        "The key is one 8-byte pattern repeated"),
                keyFile("identical halves", c -> c.write(c.file("key.hex"), KEY_HEX.substring(0, 32).repeat(2)),
                        "The key's two 16-byte halves are identical"),
                new Case("components: XOR to a weak key", c -> c.write(c.file("c3.hex"), xorHex(KEY_HEX, "ff".repeat(32))),
                        wrapWith("--component-file", "@c1.hex", "--component-file", "@c3.hex"), 1,
                        "confirm that with --allow-weak-key"),
                new Case("shares: /dev/zero", c -> { }, wrapWith("--share-file", "@s1.txt", "--share-file", "/dev/zero"),
                        1, "/dev/zero is not a regular file"),

                shares("too few", List.of("s1.txt", "s3.txt"), c -> { },
                        "This key needs 3 of its 5 shares; 2 were given (shares 1 and 3). Bring 1 more share from other custodians."),
                shares("only one", List.of("s4.txt"), c -> { },
                        "1 was given (share 4). Bring 2 more shares from other custodians."),
                shares("different keys", List.of("s1.txt", "other-2.txt", "s3.txt"), c -> { },
                        "Share file %ROOT%/other-2.txt is a share of another key (KCV " + OTHER_KCV + ") than Share file "
                                + "%ROOT%/s1.txt (KCV " + KEY_KCV + "). Use shares of one key only"),
                shares("different splits", List.of("s1.txt", "two-of-five-2.txt"), c -> { },
                        "two-of-five-2.txt comes from a 2-of-5 split, but Share file %ROOT%/s1.txt from a 3-of-5 split"),
                shares("same share twice", List.of("s2.txt", "s5.txt", "s2-copy.txt"),
                        c -> Files.copy(c.file("s2.txt"), c.file("s2-copy.txt")),
                        "s2-copy.txt is share 2 of 5 again, like Share file %ROOT%/s2.txt. Each share counts once"),
                shares("one-character typo", List.of("s1.txt", "s2.txt", "s3.txt"), c -> typo(c.file("s2.txt"), "Data 3: ", 5),
                        "Share file %ROOT%/s2.txt: line 11 (data line 3), group 2 looks mistyped (its first two digits): "
                                + "the line does not match its check group. Compare that group with the sheet."),
                shares("letter O for zero", List.of("s1.txt", "s2.txt", "s3.txt"),
                        c -> replace(c.file("s3.txt"), "(Data 4: ..)..", "$1OO"),
                        "s3.txt: line 12 (data line 4): character 'O' at column 11 is not a hex digit (0-9, A-F); the "
                                + "sheet has the digit 0, not the letter O."),
                shares("header typo", List.of("s1.txt", "s2.txt", "s3.txt"),
                        c -> replace(c.file("s1.txt"), "Shares made: 5", "Shares made: 6"),
                        "s1.txt: line 13: the checksum does not match the share."),
                shares("unsupported format version", List.of("s1.txt", "s2.txt", "s3.txt"),
                        c -> replace(c.file("s2.txt"), "Format: 1", "Format: 2"),
                        "s2.txt: line 3 says format version 2, which this BYOK Wizard does not read (it reads version 1)"),
                shares("garbage text", List.of("s1.txt", "letter.txt"),
                        c -> c.write(c.file("letter.txt"), "Dear custodian,\nplease keep this envelope safe.\n"),
                        "letter.txt is not a BYOK Wizard key share: line 1 is not part of a key share."),
                shares("a key file instead of a share", List.of("key.hex", "s1.txt"), c -> { },
                        "key.hex is not a BYOK Wizard key share: line 1 (data line 1) has more than 20 hex digits"),
                shares("binary file", List.of("s1.txt", "noise.bin"), c -> c.write(c.file("noise.bin"), rawBytes(40)),
                        "noise.bin is not a key share: it holds binary data, not text."),
                shares("image without a QR code", List.of("s1.txt", "blank.png"),
                        c -> ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", c.file("blank.png").toFile()),
                        "blank.png shows no QR code that can be read. Scan the sheet again"),
                shares("empty file", List.of("s1.txt", "empty.txt"), c -> c.write(c.file("empty.txt"), ""),
                        "empty.txt is empty. It must hold a key share"),
                shares("line missing", List.of("s1.txt", "s2.txt", "s3.txt"), c -> replace(c.file("s3.txt"), "Data 2: .*\n", ""),
                        "s3.txt: the share is incomplete: it has no 'Data 2' line."),
                shares("file missing", List.of("s1.txt", "s9.txt"), c -> { }, "s9.txt does not exist"),

                split("malformed K-of-N", new String[] {"--split", "3/5"}, 2,
                        "Invalid value for option '--split': '3/5' is not a share scheme. Write K-of-N, e.g. 3-of-5"),
                split("K above N", new String[] {"--split", "4-of-3"}, 2, "4-of-3 needs more shares to restore the key than it makes"),
                split("K of 1", new String[] {"--split", "1-of-3"}, 2, "1-of-3 would let each share alone restore the key"),
                split("N above 16", new String[] {"--split", "3-of-17"}, 2, "3-of-17 makes more shares than the 16 this tool supports"),
                new Case("split: without --shares-out", c -> { }, wrapWith("--generate", "--split", "3-of-5"), 2,
                        "Missing required argument(s): --shares-out=DIR"),
                new Case("split: shares into the --out folder", c -> { },
                        c -> new String[] {"wrap", "--params", c.params().toString(), "--generate", "--out", c.out().toString(),
                                "--split", "2-of-3", "--shares-out", c.out().toString()}, 1,
                        "Shares folder %ROOT%/out is the output folder of the wrapped key. Keep the shares apart from it"),
                new Case("split: shares folder missing", c -> Files.delete(c.file("shares")), wrapWith("--generate",
                        "--split", "2-of-3", "--shares-out", "@shares"), 1, "Shares folder %ROOT%/shares does not exist."),
                new Case("split: shares folder holds shares", c -> c.write(c.file("shares").resolve("share-2-of-3.pdf"), "x"),
                        wrapWith("--generate", "--split", "2-of-3", "--shares-out", "@shares"), 1,
                        "Shares folder %ROOT%/shares already holds share-2-of-3.pdf. Shares are never replaced"),
                split("with --share-file", new String[] {"--split", "2-of-3", "--share-file", "@s1.txt"}, 2,
                        "--split cannot be used with --share-file: a key restored from shares is already split."),
                split("custodians not one per share", new String[] {"--split", "2-of-3", "--custodian", "Ann",
                        "--custodian", "Bob"}, 2, "2 --custodian names were given for 3 shares (2-of-3). Name one custodian per share, or none."),
                split("custodian named twice", new String[] {"--split", "2-of-2", "--custodian", "Ann", "--custodian", "ann"}, 1,
                        "Custodian 'ann' is named twice. Each custodian holds one share"),
                split("custodian name the sheet cannot print", new String[] {"--split", "2-of-2", "--custodian", "Ann",
                        "--custodian", "王"}, 1, "has character U+738B, which the printed sheet cannot show"),

                signed("signature missing", c -> Files.delete(c.params().resolve("README.txt.p7s")),
                        "README.txt.p7s is missing"),
                signed("not a CMS signature", c -> c.write(c.params().resolve("README.txt.p7s"), "not a signature"),
                        "is not a CMS signature"),
                signed("signed by another key", c -> Files.write(c.params().resolve("README.txt.p7s"),
                        DetachedSignature.sign(Files.readAllBytes(c.readme()), Signers.identity("CN=Vendor", "P-384"))),
                        "was signed by another key"),
                signed("README changed", c -> replace(c.readme(), "111122223333", "444455556666"),
                        "was changed after it was signed"),
                signed("public key swapped", c -> c.write(c.publicKey(), swappedDer),
                        "is not the key that the signed README names"),
                signed("weak algorithm", c -> {
                    SigningIdentity weak = Signers.identity("CN=Vendor", "RSA-3072");
                    Signers.pem(weak, c.file("vendor.pem"));
                    Files.write(c.params().resolve("README.txt.p7s"),
                            Signers.sign(Files.readAllBytes(c.readme()), weak, "SHA256withRSA"));
                }, "uses a weak algorithm"),
                signed("README missing", c -> Files.delete(c.readme()), "have no README.txt"),
                signed("vendor certificate is not one", c -> c.write(c.file("vendor.pem"), "hello"),
                        "is not an X.509 certificate"),
                new Case("signed: inspect with README changed", c -> replace(c.readme(), "111122223333", "444455556666"),
                        c -> new String[] {"inspect", c.params().toString(), "--vendor-certificate", c.p("vendor.pem")}, 1,
                        "was changed after it was signed"),
                new Case("signed: receipt identity with wrong password", c -> c.write(c.file("pw.txt"), "wrong password\n"),
                        wrapWith("--key-file", "@key.hex", "--sign-receipt", "@officer.p12", "--password-file", "@pw.txt"), 1,
                        "the password is wrong"),
                new Case("signed: --password-file without --sign-receipt", c -> { },
                        wrapWith("--key-file", "@key.hex", "--password-file", "@pw.txt"), 2,
                        "--password-file needs --sign-receipt P12.")),
                MultiRegionBadInput.cases());
    }

    static Case signed(String name, Setup setup, String message) {
        return new Case("signed: " + name, setup, wrapWith("--key-file", "@key.hex", "--vendor-certificate", "@vendor.pem",
                "--sign-receipt", "@officer.p12", "--password-file", "@pw.txt"), 1, message);
    }

    static final SigningIdentity VENDOR = Signers.identity("CN=Netcore BYOK signing, O=Netcore", "P-384");
    static final String OFFICER_PASSWORD = "officer passphrase 42";
    /** officer.p12, made once (PBKDF2 is slow on purpose). */
    static final byte[] OFFICER_P12;

    static {
        try (SigningIdentity officer = SigningIdentity.create("Officer", new SecureRandom(), java.time.Clock.systemUTC())) {
            Path folder = Files.createTempDirectory("officer");
            Path p12 = folder.resolve("officer.p12");
            IdentityFile.save(officer, p12, java.util.Optional.empty(), OFFICER_PASSWORD.toCharArray());
            OFFICER_P12 = Files.readAllBytes(p12);
            Files.delete(p12);
            Files.delete(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void mkfifo(Path file) throws Exception {
        Process process = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).as("mkfifo " + file).isZero();
    }

    static BigInteger modulus() {
        return ((RSAPublicKey) PAIR.getPublic()).getModulus();
    }

    static byte[] rsaDer(BigInteger modulus, long exponent) throws Exception {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, BigInteger.valueOf(exponent)))
                .getEncoded();
    }

    static final String KEY_KCV;
    static final String OTHER_KCV;
    /** s1..s5: a 3-of-5 split of KEY_HEX; other-2: a share of another key; two-of-five-2: another split of KEY_HEX. */
    static final Map<String, String> SHARES = new LinkedHashMap<>();

    static {
        LocalDate day = LocalDate.of(2026, 3, 14);
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(KEY_HEX));
             SecretKeyMaterial other = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(OTHER_HEX))) {
            KEY_KCV = key.kcv();
            OTHER_KCV = other.kcv();
            List<KeyShare> split = KeyShares.split(key, new ShareScheme(3, 5), List.of(), day, new SecureRandom());
            for (KeyShare share : split) {
                SHARES.put("s" + share.number() + ".txt", ShareTexts.text(share));
            }
            SHARES.put("other-2.txt", ShareTexts.text(
                    KeyShares.split(other, new ShareScheme(3, 5), List.of(), day, new SecureRandom()).get(1)));
            SHARES.put("two-of-five-2.txt", ShareTexts.text(
                    KeyShares.split(key, new ShareScheme(2, 5), List.of(), day, new SecureRandom()).get(1)));
        }
    }

    static Case shares(String name, List<String> files, Setup setup, String message) {
        List<String> args = new ArrayList<>();
        for (String file : files) {
            args.add("--share-file");
            args.add("@" + file);
        }
        return new Case("shares: " + name, setup, wrapWith(args.toArray(String[]::new)), 1, message);
    }

    static Case split(String name, String[] splitArgs, int exit, String message) {
        List<String> args = new ArrayList<>(List.of("--generate", "--shares-out", "@shares"));
        if (List.of(splitArgs).contains("--share-file")) {
            args.remove("--generate");
        }
        args.addAll(List.of(splitArgs));
        return new Case("split: " + name, c -> { }, wrapWith(args.toArray(String[]::new)), exit, message);
    }

    /** Changes one hex digit: the {@code offset}-th character after {@code prefix}. */
    static void typo(Path file, String prefix, int offset) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(prefix) + prefix.length() + offset;
        char wrong = text.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(file, text.substring(0, at) + wrong + text.substring(at + 1));
    }

    static void replace(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file);
        String changed = text.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(file, changed);
    }

    static byte[] rawBytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 0x9C);
        return b;
    }

    static String xorHex(String a, String b) {
        byte[] x = HexFormat.of().parseHex(a);
        byte[] y = HexFormat.of().parseHex(b);
        for (int i = 0; i < x.length; i++) {
            x[i] ^= y[i];
        }
        return HexFormat.of().formatHex(x);
    }

    static Ceremony ceremony(Path root) throws IOException {
        Ceremony c = new Ceremony(root);
        Params.folder(c.params(), PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(20));
        c.write(c.file("key.hex"), KEY_HEX + "\n");
        c.write(c.file("c1.hex"), KEY_HEX + "\n");
        c.write(c.file("c2.hex"), OTHER_HEX + "\n");
        for (Map.Entry<String, String> share : SHARES.entrySet()) {
            c.write(c.file(share.getKey()), share.getValue());
        }
        Files.createDirectory(c.out());
        Files.createDirectory(c.file("shares"));
        Signers.signReadme(c.params(), VENDOR);
        Signers.pem(VENDOR, c.file("vendor.pem"));
        c.write(c.file("officer.p12"), OFFICER_P12);
        c.write(c.file("pw.txt"), OFFICER_PASSWORD + "\n");
        return c;
    }

    @Test
    void theCorpusIsLargeEnough() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(105);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesOneClearLineAndWritesNothing(Case bad, @TempDir Path root) throws Exception {
        Ceremony c = ceremony(root);
        bad.setup().apply(c);
        List<String> sharesBefore = FolderState.names(c.file("shares"));

        Cli.Result result = Cli.run(bad.args().of(c));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(bad.exit());
        String expected = bad.message().replace("%ROOT%", root.toString());
        assertThat(result.err()).startsWith("error: ").contains(expected).doesNotContain("Exception", "\tat ");
        if (bad.exit() == 1) {
            assertThat(result.err().strip().lines()).hasSize(1);
        }
        assertThat(result.out()).doesNotContain(KEY_HEX.substring(0, 16)).doesNotContain(OTHER_HEX.substring(0, 16));
        assertThat(FolderState.names(c.out())).isEmpty();
        assertThat(FolderState.names(c.file("shares"))).isEqualTo(sharesBefore);
    }

    @Test
    void existingOutputIsNeverOverwrittenWithoutForce(@TempDir Path root) throws Exception {
        Ceremony c = ceremony(root);
        c.write(c.out().resolve("CustomerEncryptionKey.bin"), "earlier ceremony");

        Cli.Result result = Cli.run(WRAP_KEY_FILE.of(c));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("already holds CustomerEncryptionKey.bin").contains("--force");
        assertThat(FolderState.names(c.out())).containsExactly("CustomerEncryptionKey.bin");
        assertThat(Files.readString(c.out().resolve("CustomerEncryptionKey.bin"))).isEqualTo("earlier ceremony");

        List<String> forced = new ArrayList<>(List.of(WRAP_KEY_FILE.of(c)));
        forced.add("--force");
        assertThat(Cli.run(forced.toArray(String[]::new)).exitCode()).isZero();
        assertThat(FolderState.names(c.out())).containsExactly("CustomerEncryptionKey-receipt.txt",
                "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
    }

    @Test
    void readOnlyOutputFolderIsRefusedAndStaysEmpty(@TempDir Path root) throws Exception {
        Ceremony c = ceremony(root);
        try {
            assumeTrue(FolderState.makeReadOnly(c.out()), "this machine cannot make a folder read-only");
            Cli.Result result = Cli.run(WRAP_KEY_FILE.of(c));
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("out is not writable").contains("Choose a writable folder");
            assertThat(FolderState.names(c.out())).isEmpty();
        } finally {
            FolderState.makeWritable(c.out());
        }
    }

    @Test
    void aKnownLegacyKeyIsWrappedWhenTheUserSaysSo(@TempDir Path root) throws Exception {
        Ceremony c = ceremony(root);
        c.write(c.file("key.hex"), "0123456789abcdef".repeat(4));
        List<String> args = new ArrayList<>(List.of(WRAP_KEY_FILE.of(c)));
        args.add("--allow-weak-key");

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(FolderState.names(c.out())).containsExactly("CustomerEncryptionKey-receipt.txt",
                "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
    }

    @Test
    void aFailedForcedWrapKeepsThePreviousOutput(@TempDir Path root) throws Exception {
        Ceremony c = ceremony(root);
        List<String> forced = new ArrayList<>(List.of(WRAP_KEY_FILE.of(c)));
        forced.add("--force");
        assertThat(Cli.run(forced.toArray(String[]::new)).exitCode()).isZero();
        Map<String, byte[]> before = new LinkedHashMap<>();
        for (String name : FolderState.names(c.out())) {
            before.put(name, Files.readAllBytes(c.out().resolve(name)));
        }
        Path receipt = c.out().resolve("CustomerEncryptionKey-receipt.txt");
        assumeTrue(chattr("+i", receipt), "this machine cannot make a file immutable");
        Cli.Result result;
        try {
            result = Cli.run(forced.toArray(String[]::new));
        } finally {
            chattr("-i", receipt);
        }

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: Could not write to output folder " + c.out()).hasLineCount(1);
        assertThat(FolderState.names(c.out())).containsExactlyElementsOf(before.keySet());
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            assertThat(Files.readAllBytes(c.out().resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    private static boolean chattr(String flag, Path file) throws Exception {
        try {
            Process process = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
