package com.netcore.byok.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Region's share of a multi-Region ceremony: the same three files as {@link WrappedKeyFiles}, made in memory
 * so that every Region's files can be written together or not at all. The receipt also names the other Regions.
 */
public final class RegionFiles {
    public static final String OTHER_REGIONS = "Other Regions";

    private RegionFiles() {
    }

    /** The files for one Region's subfolder, not yet written. */
    public record Prepared(String region, Path folder, Map<String, byte[]> contents, Receipt receipt) {

        public WrappedKeyFiles.Written written() {
            return new WrappedKeyFiles.Written(folder, contents.keySet().stream().map(folder::resolve).toList(), receipt);
        }
    }

    /**
     * Wraps {@code key} for one Region's {@code parameters}; {@code shares} only adds the receipt's note. With
     * {@code signing}, the receipt names the vendor that signed the parameters (each Region's were checked
     * against it when loaded) and the officer signs it ({@link ReceiptSignature#FILE_NAME} in the same folder).
     */
    public static Prepared prepare(ImportParameters parameters, SecretKeyMaterial key, KeySource source, String region,
                                   List<String> otherRegions, Path folder, Optional<WrappedKeyFiles.SharesOut> shares,
                                   HandOffSigning signing, SecureRandom random, Clock clock) {
        parameters.requireNotExpired(clock);
        byte[] wrapped = parameters.algorithm().wrap(parameters.publicKey().key(), key, random);
        if (key.isDestroyed()) { // destroyed while wrapping (e.g. the window closed): the bytes may be zeros
            throw new ByokException("The key was destroyed while it was being wrapped. Nothing was written; start again.");
        }
        String sha256 = Hex.lower(WrappingPublicKey.sha256(wrapped));
        Receipt receipt = new Receipt(WrappedKeyFiles.WRAPPED_FILE, wrapped.length, sha256, parameters.algorithm(),
                parameters.publicKey().bits(), parameters.publicKey().fingerprint(), parameters.keyArn(),
                parameters.validTo(), key.kcv(), source.describe(),
                shares.map(WrappedKeyFiles.SharesOut::receiptNote), signing.parametersSignedBy(), clock.instant(),
                Version.full());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(WrappedKeyFiles.WRAPPED_FILE, wrapped);
        files.put(WrappedKeyFiles.CHECKSUM_FILE, WrappedKeyFiles.checksumLine(sha256).getBytes(StandardCharsets.US_ASCII));
        files.put(Receipt.FILE_NAME, receiptText(receipt, otherRegions).getBytes(StandardCharsets.UTF_8));
        signing.receiptSigner().ifPresent(identity -> files.put(ReceiptSignature.FILE_NAME,
                DetachedSignature.sign(files.get(Receipt.FILE_NAME), identity)));
        return new Prepared(region, folder, files, receipt);
    }

    /** The receipt with an {@code Other Regions:} line just before its KCV line. */
    static String receiptText(Receipt receipt, List<String> otherRegions) {
        String text = receipt.format();
        String line = OTHER_REGIONS + ": " + String.join(", ", otherRegions) + "\n";
        int at = text.indexOf("\n" + KeyCheckValue.LABEL + ":");
        return text.substring(0, at + 1) + line + text.substring(at + 1);
    }
}
