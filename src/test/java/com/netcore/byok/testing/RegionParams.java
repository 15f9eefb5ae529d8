package com.netcore.byok.testing;

import com.netcore.byok.core.WrappingAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;

/** Parameters folders for one Region each of a multi-Region key, as the operator downloads them per Region. */
public final class RegionParams {
    public static final String MRK = "mrk-1234abcd12ab34cd56ef1234567890ab";
    public static final String OTHER_MRK = "mrk-99990000aaaabbbbccccddddeeeeffff";

    private RegionParams() {
    }

    public static String arn(String region, String keyId) {
        return "arn:aws:kms:" + region + ":111122223333:key/" + keyId;
    }

    /** A folder like {@link Params#folder} whose README names {@code keyId} in {@code region}. */
    public static Path folder(Path dir, KeyPair pair, String region, String keyId, Duration validFor) throws IOException {
        Params.folder(dir, pair, WrappingAlgorithm.RSAES_OAEP_SHA_256, validFor);
        Path readme = dir.resolve("README.txt");
        Files.writeString(readme, Files.readString(readme).replace(Params.KEY_ARN, arn(region, keyId)));
        return dir;
    }
}
