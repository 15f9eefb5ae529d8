package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.ceremony.TrustedVendors;
import com.netcore.byok.core.IdentityFile;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.testing.RegionParams;
import com.netcore.byok.testing.Signers;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Regions part of the parameters step, driven without a toolkit. */
class RegionsModelTest {
    private static final String PASSWORD = "officer passphrase 42";
    @TempDir
    Path dir;
    private final WizardModel model = new WizardModel(Clock.systemUTC());

    private Path folder(String name, String region, String keyId, Duration validFor) throws Exception {
        return RegionParams.folder(dir.resolve(name), TestKeys.rsa(2048), region, keyId, validFor);
    }

    @Test
    void regionsThatMakeOneCeremonyAreAddedAndOthersRefusedWithTheReason() throws Exception {
        model.parameters().load(folder("eu", "eu-west-1", RegionParams.MRK, Duration.ofHours(5)));
        RegionsModel regions = model.regions();
        assertThat(regions.rows()).as("one Region: nothing to list").isEmpty();

        regions.add(folder("us", "us-east-1", RegionParams.MRK, Duration.ofHours(5)));
        regions.add(folder("expired", "ap-southeast-2", RegionParams.MRK, Duration.ofHours(-1)));
        assertThat(regions.errorProperty().get()).contains("/expired: These import parameters expired at");
        regions.add(folder("other", "ap-southeast-2", RegionParams.OTHER_MRK, Duration.ofHours(5)));
        assertThat(regions.errorProperty().get()).contains("are for different keys");

        assertThat(regions.rows()).extracting(RegionsModel.Row::region).containsExactly("eu-west-1", "us-east-1");
        assertThat(regions.parameterSets(model.parameters().parametersProperty().get())).hasSize(2);
        assertThat(regions.ready()).isTrue();
    }

    /** With a trusted vendor, every Region must carry its signature, and the officer signs every Region's receipt. */
    @Test
    void withATrustedVendorEveryRegionIsCheckedAndEveryReceiptSigned() throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Netcore BYOK signing, O=Netcore", "P-384");
        Path pins = Files.createDirectory(dir.resolve("pins"));
        new TrustedVendors(pins).pin(vendor.certificate());
        System.setProperty(TrustedVendors.FOLDER_PROPERTY, pins.toString());
        try {
            WizardModel signed = new WizardModel(Clock.systemUTC());
            Path eu = folder("eu", "eu-west-1", RegionParams.MRK, Duration.ofHours(5));
            Signers.signReadme(eu, vendor);
            signed.parameters().load(eu);
            assertThat(signed.parameters().vendorTrust().verified()).isTrue();

            Path us = folder("us", "us-east-1", RegionParams.MRK, Duration.ofHours(5));
            signed.regions().add(us);
            assertThat(signed.regions().errorProperty().get()).startsWith("Signature file " + us.resolve("README.txt.p7s")
                    + " is missing");
            assertThat(signed.regions().added()).isEmpty();
            Signers.signReadme(us, vendor);
            signed.regions().add(us);
            assertThat(signed.regions().added()).singleElement()
                    .satisfies(added -> assertThat(added.signer()).contains(vendor.certificate()));

            signed.parameters().fingerprintComparedProperty().set(true);
            signed.next();
            signed.key().generateKey();
            signed.next();
            Path out = Files.createDirectory(dir.resolve("out"));
            signed.review().chooseOutputFolder(out);
            signed.review().confirmedProperty().set(true);
            try (SigningIdentity officer = Signers.identity("CN=Jane Doe", "P-384")) {
                IdentityFile.save(officer, dir.resolve("officer.p12"), Optional.empty(), PASSWORD.toCharArray());
            }
            signed.receiptSigning().chooseIdentity(dir.resolve("officer.p12"));
            signed.receiptSigning().bindPassword(new ReceiptSigningModel.PasswordSource() {
                @Override
                public char[] copy() {
                    return PASSWORD.toCharArray();
                }

                @Override
                public void wipe() {
                }
            });
            signed.receiptSigning().signProperty().set(true);
            signed.next();
            signed.wrapSucceeded(signed.startWrap().call());

            for (String region : List.of("eu-west-1", "us-east-1")) {
                assertThat(out.resolve(region).resolve("CustomerEncryptionKey-receipt.txt.p7s")).isRegularFile();
                assertThat(Files.readString(out.resolve(region).resolve("CustomerEncryptionKey-receipt.txt")))
                        .contains("Parameters signed by: " + vendor.certificate().describe());
            }
        } finally {
            System.clearProperty(TrustedVendors.FOLDER_PROPERTY);
        }
    }

    @Test
    void aFirstFolderOfAnotherKeyStopsTheStepUntilItFits() throws Exception {
        model.parameters().load(folder("eu", "eu-west-1", RegionParams.MRK, Duration.ofHours(5)));
        model.regions().add(folder("us", "us-east-1", RegionParams.MRK, Duration.ofHours(5)));
        model.parameters().fingerprintComparedProperty().set(true);

        model.parameters().load(folder("single", "eu-west-1", "1234abcd-12ab-34cd-56ef-1234567890ab", Duration.ofHours(5)));

        assertThat(model.regions().ready()).isFalse();
        assertThat(model.regions().errorProperty().get()).contains("which is not a multi-Region key");
        model.regions().remove(model.regions().added().get(0));
        assertThat(model.regions().ready()).isTrue();
    }
}
