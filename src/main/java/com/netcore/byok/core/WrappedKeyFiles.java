package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's output: {@code CustomerEncryptionKey.bin} (the raw bytes {@code ImportKeyMaterial} takes),
 * its {@code sha256sum} line, and the receipt. Written all together or not at all; checked again by
 * {@link #verify}.
 */
public final class WrappedKeyFiles {
    public static final String WRAPPED_FILE = "CustomerEncryptionKey.bin";
    public static final String CHECKSUM_FILE = WRAPPED_FILE + ".sha256";
    static final int MAX_WRAPPED_BYTES = 6144; // KMS CiphertextType maximum

    private WrappedKeyFiles() {
    }

    /** What was written. */
    public record Written(Path folder, List<Path> files, Receipt receipt) {
    }

    /** Wraps {@code key} for {@code parameters} and writes the three files into {@code folder}. */
    public static Written wrapAndWrite(ImportParameters parameters, SecretKeyMaterial key, KeySource source,
                                       Path folder, boolean overwrite, SecureRandom random, Clock clock) {
        return wrapAndWrite(parameters, key, source, folder, overwrite, random, clock, Optional.empty());
    }

    /**
     * The key's shares for custodians, written with the wrapped key in one all-or-nothing step, into their own
     * folder and never over existing files. {@code files} maps names to contents that hold the shares:
     * they are wiped once written (or not).
     */
    public record SharesOut(ShareScheme scheme, Path folder, Map<String, ByteBuffer> files) {
        /** Zeroes every file's content, written or not. */
        public void wipe() {
            files.values().forEach(OffHeap::wipe);
        }

        /** The receipt's note: that the key was split and how, nothing of the shares. */
        String receiptNote() {
            return "split into " + scheme + " Shamir shares for custodians (" + scheme.describe() + ")";
        }
    }

    /** As above, and writes {@code shares} too when given; the receipt then notes the split. No weak-key check. */
    public static Written wrapAndWrite(ImportParameters parameters, SecretKeyMaterial key, KeySource source,
                                       Path folder, boolean overwrite, SecureRandom random, Clock clock,
                                       Optional<SharesOut> shares) {
        return wrapAndWrite(parameters, key, source, folder, overwrite, random, clock, shares, HandOffSigning.NONE);
    }

    /**
     * As above; the receipt names the verified signer of the parameters when there is one, and the receipt's
     * signature is written as a fourth file of the same all-or-nothing set when an identity is given.
     */
    public static Written wrapAndWrite(ImportParameters parameters, SecretKeyMaterial key, KeySource source,
                                       Path folder, boolean overwrite, SecureRandom random, Clock clock,
                                       Optional<SharesOut> shares, HandOffSigning signing) {
        try {
            parameters.requireNotExpired(clock);
            checkOutputFolder(folder, overwrite);
            if (signing.receiptSigner().isEmpty() && Files.exists(folder.resolve(ReceiptSignature.FILE_NAME))) {
                throw new ByokException("Output folder " + folder + " holds " + ReceiptSignature.FILE_NAME + " from "
                        + "an earlier wrap, which would not match the new receipt. Remove it, or sign the new receipt.");
            }
            byte[] wrapped = parameters.algorithm().wrap(parameters.publicKey().key(), key, random);
            if (key.isDestroyed()) { // destroyed while wrapping (e.g. the window closed): the bytes may be zeros
                throw new ByokException("The key was destroyed while it was being wrapped. Nothing was written; "
                        + "start again.");
            }
            String sha256 = Hex.lower(WrappingPublicKey.sha256(wrapped));
            Receipt receipt = new Receipt(WRAPPED_FILE, wrapped.length, sha256, parameters.algorithm(),
                    parameters.publicKey().bits(), parameters.publicKey().fingerprint(), parameters.keyArn(),
                    parameters.validTo(), key.kcv(), source.describe(), shares.map(SharesOut::receiptNote),
                    signing.parametersSignedBy(), clock.instant(), Version.full());
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(WRAPPED_FILE, wrapped);
            files.put(CHECKSUM_FILE, checksumLine(sha256).getBytes(StandardCharsets.US_ASCII));
            files.put(Receipt.FILE_NAME, receipt.bytes());
            signing.receiptSigner().ifPresent(identity -> files.put(ReceiptSignature.FILE_NAME,
                    DetachedSignature.sign(files.get(Receipt.FILE_NAME), identity)));
            List<SafeFiles.Batch> batches = new ArrayList<>();
            batches.add(SafeFiles.Batch.of(folder, files, overwrite));
            shares.ifPresent(s -> batches.add(new SafeFiles.Batch(s.folder(), s.files(), false)));
            SafeFiles.writeAll(batches);
            return new Written(folder, files.keySet().stream().map(folder::resolve).toList(), receipt);
        } finally {
            shares.ifPresent(SharesOut::wipe);
        }
    }

    /** The names written into the output folder. */
    public static final List<String> OUTPUT_FILES = List.of(WRAPPED_FILE, CHECKSUM_FILE, Receipt.FILE_NAME);
    /** The names that must be free (or replaceable): the three files and the receipt's signature. */
    private static final List<String> CHECKED_FILES = List.of(WRAPPED_FILE, CHECKSUM_FILE, Receipt.FILE_NAME,
            Receipt.FILE_NAME + DetachedSignature.SUFFIX);

    /** Refuses, before any key is made or touched, an output folder that cannot take the three files. */
    public static void checkOutputFolder(Path folder, boolean overwrite) {
        SafeFiles.requireRoomFor(folder, CHECKED_FILES, overwrite);
    }

    /** One line in {@code sha256sum} format, so {@code sha256sum -c CustomerEncryptionKey.bin.sha256} checks it. */
    static String checksumLine(String sha256) {
        return sha256 + "  " + WRAPPED_FILE + "\n";
    }

    /** The outcome of {@link #verify}: the receipt and every mismatch found (none means the files agree). */
    public record Verification(Receipt receipt, Path wrappedFile, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Re-checks a folder or a receipt: the wrapped file's size and SHA-256 against the receipt. */
    public static Verification verify(Path folderOrReceipt) {
        Path receiptFile = Files.isDirectory(folderOrReceipt) ? folderOrReceipt.resolve(Receipt.FILE_NAME) : folderOrReceipt;
        if (!Files.exists(receiptFile)) {
            throw new ByokException(Files.isDirectory(folderOrReceipt)
                    ? "Folder " + folderOrReceipt + " holds no " + Receipt.FILE_NAME + ". Choose the folder the wizard wrote."
                    : "Receipt " + receiptFile + " does not exist. Check the path.");
        }
        Receipt receipt = Receipt.load(receiptFile);
        Path folder = receiptFile.toAbsolutePath().getParent();
        Path wrappedFile = folder.resolve(WRAPPED_FILE); // the receipt names only this file (Receipt.load checks)
        byte[] wrapped = SafeFiles.readSmall(wrappedFile, "Wrapped key file " + wrappedFile, MAX_WRAPPED_BYTES * 2);
        List<String> problems = new ArrayList<>();
        if (wrapped.length != receipt.fileSize()) {
            problems.add(wrappedFile.getFileName() + " is " + wrapped.length + " bytes but the receipt says "
                    + receipt.fileSize() + " bytes: the file was changed or cut short. Copy it again from the customer.");
        }
        String actual = Hex.lower(WrappingPublicKey.sha256(wrapped));
        if (!actual.equals(receipt.fileSha256())) {
            problems.add(wrappedFile.getFileName() + " has SHA-256 " + actual + " but the receipt says "
                    + receipt.fileSha256() + ": the file was changed or belongs to another receipt.");
        }
        int expected = receipt.algorithm().wrappedLength(receipt.wrappingKeyBits() / 8);
        if (receipt.fileSize() != expected) {
            problems.add("The receipt says " + receipt.fileSize() + " bytes, but " + receipt.algorithm().name()
                    + " under a " + receipt.wrappingKeyBits() + "-bit key gives " + expected
                    + " bytes: the receipt was edited.");
        }
        Path checksumFile = folder.resolve(CHECKSUM_FILE);
        if (Files.exists(checksumFile)) {
            String line = new String(SafeFiles.readSmall(checksumFile, "Checksum file " + checksumFile, 4096),
                    StandardCharsets.US_ASCII).strip();
            String listed = line.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
            if (!listed.equals(actual)) {
                problems.add(CHECKSUM_FILE + " lists SHA-256 " + listed + " but " + wrappedFile.getFileName() + " has "
                        + actual + ".");
            }
        }
        return new Verification(receipt, wrappedFile, List.copyOf(problems));
    }
}
