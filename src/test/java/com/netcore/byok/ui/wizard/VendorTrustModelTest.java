package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.ceremony.TrustedVendors;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.testing.Signers;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of trusted vendors as the wizard shows it. */
class VendorTrustModelTest {
    @TempDir
    Path pins;

    @Test
    void aListenerOnThePinnedVendorsStillHearsChangesAfterGarbageCollections() {
        SignerCertificate vendor = Signers.identity("CN=Netcore BYOK signing", "P-256").certificate();
        TrustedVendors store = new TrustedVendors(pins);
        store.pin(vendor);
        VendorTrustModel model = new VendorTrustModel(store);
        List<Integer> sizesHeard = new ArrayList<>();
        model.pinned().addListener((ListChangeListener<SignerCertificate>) change -> sizesHeard.add(
                change.getList().size()));

        collectGarbage();
        model.remove(vendor);

        assertThat(sizesHeard).as("the view's listener is not collected with a throw-away list wrapper")
                .containsExactly(0);
    }

    /** Runs collections until an object reachable from nowhere is gone, so weakly held listeners would be too. */
    private static void collectGarbage() {
        WeakReference<Object> garbage = new WeakReference<>(new Object());
        for (int i = 0; i < 20 && garbage.get() != null; i++) {
            System.gc();
        }
        assertThat(garbage.get()).as("a collection ran").isNull();
    }
}
