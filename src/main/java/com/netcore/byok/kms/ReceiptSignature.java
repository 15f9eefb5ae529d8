package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.Receipt;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.SignerCertificate;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The import's first check when the customer's certificate is given: CustomerEncryptionKey-receipt.txt.p7s is a
 * valid detached signature of that certificate over the receipt's exact bytes. Runs before any request to KMS.
 */
final class ReceiptSignature {
    static final int MAX_RECEIPT_BYTES = 64 * 1024;

    private ReceiptSignature() {
    }

    /** The verified signer and the SHA-256 of the receipt bytes that were verified. */
    record Verified(SignerCertificate signer, String receiptSha256) {
    }

    static Verified verify(Path wrapped, Path certificateFile) {
        SignerCertificate certificate = SignerCertificate.load(certificateFile, "Customer certificate");
        Path receipt = Files.isDirectory(wrapped) ? wrapped.resolve(Receipt.FILE_NAME) : wrapped;
        Path signature = receipt.resolveSibling(receipt.getFileName() + DetachedSignature.SUFFIX);
        if (!Files.isRegularFile(receipt)) {
            throw new ByokException("Receipt " + receipt + " does not exist. Give the customer's folder with "
                    + Receipt.FILE_NAME + " and its signature. Nothing was sent to KMS.");
        }
        if (!Files.isRegularFile(signature)) {
            throw new ByokException("The customer's receipt is not signed: " + signature + " is missing. Ask the "
                    + "customer's officer to sign it ('wrap --sign-receipt'); do not import these files. Nothing was "
                    + "sent to KMS.");
        }
        byte[] content = SafeFiles.readSmall(receipt, "Receipt " + receipt, MAX_RECEIPT_BYTES);
        try {
            SignerCertificate signer = DetachedSignature.verify(content, signature, certificate, "Receipt " + receipt,
                    "Do not import these files; ask the customer's officer to wrap and sign again.");
            return new Verified(signer, ImportPreflight.sha256(content));
        } catch (ByokException e) {
            throw new ByokException(e.getMessage() + " Nothing was sent to KMS.");
        }
    }
}
