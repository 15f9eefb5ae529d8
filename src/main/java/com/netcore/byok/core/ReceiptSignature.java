package com.netcore.byok.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code CustomerEncryptionKey-receipt.txt.p7s}: the officer's detached CMS signature over the receipt's exact
 * bytes. The receipt names the wrapped file's SHA-256 and the key's check value, so the signature covers them.
 */
public final class ReceiptSignature {
    public static final String FILE_NAME = Receipt.FILE_NAME + DetachedSignature.SUFFIX;
    static final String DO_NOT_USE = "Do not import these files; ask the customer's officer to wrap and sign again.";

    private ReceiptSignature() {
    }

    /**
     * Checks the receipt in a folder (or the receipt file itself) against the officer's pinned certificate,
     * before anything else is read; returns the verified signer.
     */
    public static SignerCertificate verify(Path folderOrReceipt, SignerCertificate officer) {
        Path receiptFile = Files.isDirectory(folderOrReceipt) ? folderOrReceipt.resolve(Receipt.FILE_NAME)
                : folderOrReceipt;
        String what = "Receipt " + receiptFile;
        byte[] receipt = SafeFiles.readSmall(receiptFile, what, Receipt.MAX_FILE_BYTES);
        return DetachedSignature.verify(receipt, DetachedSignature.fileFor(receiptFile), officer, what, DO_NOT_USE);
    }
}
