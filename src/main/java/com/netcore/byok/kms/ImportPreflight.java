package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.Durations;
import com.netcore.byok.core.Hex;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.Receipt;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.core.WrappingPublicKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The checks an import must pass on this machine, before anything is sent to AWS: the wrapped file matches
 * its receipt; it was wrapped for this folder's public key (the token belongs to that key) with the algorithm
 * the parameters were requested with; the token has not expired; the expiry and log file are usable. With a
 * customer certificate, the receipt's signature is checked first of all.
 */
public final class ImportPreflight {
    static final int MAX_TOKEN_BYTES = 6144;

    private ImportPreflight() {
    }

    /** Everything the import sends, read and checked. */
    public record Checked(Receipt receipt, byte[] wrapped, byte[] token, ImportReadme readme, WrappingPublicKey publicKey,
                          String receiptSha256, Optional<SignerCertificate> receiptSigner) {
        public String keyArn() {
            return readme.keyArn().orElseThrow();
        }
    }

    public static Checked check(ImportRequest request, Clock clock) {
        Optional<ReceiptSignature.Verified> signed = request.customerCertificate()
                .map(certificate -> ReceiptSignature.verify(request.wrapped(), certificate));
        request.expiry().check(clock);
        request.materialDescription().ifPresent(RequestRules::checkKeyMaterialDescription);

        WrappedKeyFiles.Verification verification = WrappedKeyFiles.verify(request.wrapped());
        if (!verification.ok()) {
            throw new ByokException(verification.wrappedFile() + " does not match its receipt, so it was changed or "
                    + "damaged on the way: " + String.join(" ", verification.problems()) + " Nothing was sent to KMS.");
        }
        Receipt receipt = verification.receipt();
        Path receiptFile = Files.isDirectory(request.wrapped()) ? request.wrapped().resolve(Receipt.FILE_NAME)
                : request.wrapped();
        byte[] receiptBytes = SafeFiles.readSmall(receiptFile, "Receipt " + receiptFile, 64 * 1024);
        if (signed.isPresent() && !signed.get().receiptSha256().equals(sha256(receiptBytes))) {
            throw new ByokException("Receipt " + receiptFile + " changed while it was being checked. Make sure nothing "
                    + "else writes to it, then run the import again. Nothing was sent to KMS.");
        }
        byte[] wrapped = SafeFiles.readSmall(verification.wrappedFile(), "Wrapped key file " + verification.wrappedFile(),
                MAX_TOKEN_BYTES);
        if (!sha256(wrapped).equals(receipt.fileSha256())) {
            throw new ByokException(verification.wrappedFile() + " changed while it was being checked. Make sure "
                    + "nothing else writes to it, then run the import again.");
        }

        Path folder = request.parametersFolder();
        if (!Files.isDirectory(folder)) {
            throw new ByokException("Parameters folder " + folder + (Files.exists(folder) ? " is a file, not a folder."
                    : " does not exist.") + " Give the folder 'kms get-parameters' wrote.");
        }
        for (String name : List.of(WrappingPublicKey.FILE_NAME, DownloadedParameters.TOKEN_FILE, ImportReadme.FILE_NAME)) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                throw new ByokException("Parameters folder " + folder + " holds no " + name + ". Give the folder "
                        + "'kms get-parameters' wrote (it keeps " + DownloadedParameters.TOKEN_FILE + " for the import).");
            }
        }
        ImportReadme readme = ImportReadme.load(folder.resolve(ImportReadme.FILE_NAME));
        if (!readme.ownFormat()) {
            throw new ByokException("README file " + readme.file() + " was not written by 'kms get-parameters', so the "
                    + "key ARN, algorithm and expiry of these parameters are not known for sure. Use a parameters "
                    + "folder written by 'kms get-parameters'.");
        }
        WrappingPublicKey publicKey = WrappingPublicKey.load(folder.resolve(WrappingPublicKey.FILE_NAME));
        ImportParameters.checkConsistent(readme, publicKey);
        Path tokenFile = folder.resolve(DownloadedParameters.TOKEN_FILE);
        byte[] token = SafeFiles.readSmall(tokenFile, "Import token file " + tokenFile, MAX_TOKEN_BYTES);
        if (token.length == 0) {
            throw new ByokException("Import token file " + tokenFile + " is empty. Run 'kms get-parameters' again and "
                    + "have the customer wrap with the new parameters.");
        }

        if (!receipt.wrappingKeySha256().equals(publicKey.fingerprint())) {
            throw new ByokException(verification.wrappedFile().getFileName() + " was wrapped for the wrapping public key "
                    + Hex.grouped(receipt.wrappingKeySha256()) + ", but parameters folder " + folder + " holds "
                    + publicKey.fingerprintGrouped() + " and its import token belongs to that key. Use the parameters "
                    + "folder the customer wrapped for, or have them wrap again with this folder's "
                    + WrappingPublicKey.FILE_NAME + ". Nothing was sent to KMS.");
        }
        var algorithm = readme.algorithm().orElseThrow();
        if (receipt.algorithm() != algorithm) {
            throw new ByokException("The customer wrapped with " + receipt.algorithm().name() + " but the parameters "
                    + "in " + folder + " were requested for " + algorithm.name() + "; KMS accepts only that one. Have "
                    + "the customer wrap again following this folder's README.txt. Nothing was sent to KMS.");
        }
        String arn = readme.keyArn().orElseThrow();
        receipt.keyArn().ifPresent(receiptArn -> {
            if (!receiptArn.equals(arn)) {
                throw new ByokException("The receipt names key " + receiptArn + " but the parameters in " + folder
                        + " belong to key " + arn + ". Use the matching parameters folder. Nothing was sent to KMS.");
            }
        });
        var validTo = readme.validTo().orElseThrow();
        if (!clock.instant().isBefore(validTo)) {
            throw new ByokException("The import parameters in " + folder + " expired at " + validTo + " ("
                    + Durations.describe(Duration.between(validTo, clock.instant())) + " ago), so "
                    + "KMS would refuse ImportToken.bin. Run 'kms get-parameters' for new parameters and have the "
                    + "customer wrap the key again with the new " + WrappingPublicKey.FILE_NAME + " and README.txt. "
                    + "Nothing was sent to KMS.");
        }
        if (!Aliases.isAlias(request.keyRef()) && !sameKey(request.keyRef(), arn)) {
            throw new ByokException("The parameters in " + folder + " belong to key " + arn + ", not to "
                    + request.keyRef() + "; the import token works only for its own key. Give --key-id " + arn
                    + ", or use that key's parameters folder. Nothing was sent to KMS.");
        }
        new ImportLog(request.logFile()).requireWritable();
        return new Checked(receipt, wrapped, token, readme, publicKey, sha256(receiptBytes),
                signed.map(ReceiptSignature.Verified::signer));
    }

    /** A key id or key ARN against a key ARN. */
    static boolean sameKey(String keyRef, String arn) {
        return keyRef.equals(arn) || arn.endsWith(":key/" + keyRef);
    }

    static String sha256(byte[] data) {
        try {
            return Hex.lower(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
