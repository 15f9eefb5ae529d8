package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;

/**
 * Each Region of a multi-Region key has its own wrapping key and import token: a parameters folder (and the
 * customer's folder wrapped for it) belongs to the Region its key ARN names, and only that Region can import it.
 */
final class ImportRegionCheck {
    private ImportRegionCheck() {
    }

    /** Refuses, before any call, a folder whose key ARN names another Region than the connection's. */
    static void require(ImportPreflight.Checked checked, ImportRequest request, String connectionRegion) {
        String arn = checked.keyArn();
        String region = regionOf(arn);
        if (region != null && !region.equals(connectionRegion)) {
            throw new ByokException("The parameters in " + request.parametersFolder() + " and the customer's folder "
                    + request.wrapped() + " were made for key " + arn + " in Region " + region + ", but this import "
                    + "goes to Region " + connectionRegion + ", whose key has its own wrapping key and import token. "
                    + "Use the folders of Region " + connectionRegion + ", or run the import with --region " + region
                    + ". Nothing was sent to KMS.");
        }
    }

    /** The Region of a key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or null if it is not one. */
    static String regionOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && parts[2].equals("kms") ? parts[3] : null;
    }
}
