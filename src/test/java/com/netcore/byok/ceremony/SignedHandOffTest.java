package com.netcore.byok.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.Signers;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedHandOffTest {
    static final SigningIdentity VENDOR = Signers.identity("CN=Vendor, O=Netcore", "P-384");

    @TempDir
    Path dir;

    @Test
    void pinsAreListedFoundRemovedAndDamagedFilesTrustNobody() throws Exception {
        TrustedVendors store = new TrustedVendors(dir.resolve("pins"));
        assertThat(store.list()).isEmpty();
        store.pin(VENDOR.certificate());
        store.pin(VENDOR.certificate()); // again: no change
        Files.writeString(dir.resolve("pins").resolve("junk.pem"), "not a certificate");
        assertThat(store.list()).extracting(SignerCertificate::fingerprint)
                .containsExactly(VENDOR.certificate().fingerprint());
        assertThat(store.find(VENDOR.certificate().fingerprint())).isPresent();
        store.remove(VENDOR.certificate());
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aPublicKeyFileWithItsReadmeBesideItIsCheckedLikeAFolder() throws Exception {
        Path params = Params.folder(dir.resolve("params"), TestKeys.rsa(2048), WrappingAlgorithm.RSAES_OAEP_SHA_256,
                Duration.ofHours(20));
        Signers.signReadme(params, VENDOR);
        SignedHandOff.Loaded loaded = SignedHandOff.load(params.resolve("WrappingPublicKey.bin"),
                Optional.of(VENDOR.certificate()));
        assertThat(loaded.signer()).contains(VENDOR.certificate());
        assertThat(loaded.settle(Optional.empty()).algorithm()).isEqualTo(WrappingAlgorithm.RSAES_OAEP_SHA_256);

        assertThat(SignedHandOff.load(params, Optional.empty()).signer()).isEmpty();
        Files.delete(params.resolve("README.txt"));
        assertThatThrownBy(() -> SignedHandOff.load(params, Optional.of(VENDOR.certificate())))
                .hasMessageContaining("have no README.txt").hasMessageContaining("Do not use these files");
    }
}
