package com.netcore.byok.cli;

import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.Receipt;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.WrappedKeyFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check CustomerEncryptionKey.bin against its receipt (size and SHA-256) and its .sha256 file."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard verify /media/usb/out", "  byok-wizard verify out/CustomerEncryptionKey-receipt.txt",
                "  byok-wizard verify /media/usb/out --customer-certificate officer.pem"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT_DIR|RECEIPT_FILE", description = "The output folder, or the receipt file.")
    Path target;

    @Option(names = "--customer-certificate", paramLabel = "PEM",
            description = "The officer's certificate: first check that CustomerEncryptionKey-receipt.txt.p7s is its "
                    + "signature over the receipt.")
    Path customerCertificate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<SignerCertificate> officer = Optional.ofNullable(customerCertificate)
                .map(SignedHandOff::customerCertificate);
        SignedHandOff.Verified verified = SignedHandOff.verify(target, officer);
        verified.signer().ifPresent(s -> out.println("Receipt signed by " + s.subject() + ", verified (certificate "
                + "SHA-256 " + s.fingerprintGrouped() + ")."));
        WrappedKeyFiles.Verification result = verified.files();
        if (!result.ok()) {
            throw new ByokException(String.join(" ", result.problems()));
        }
        Receipt receipt = result.receipt();
        out.println("OK: " + result.wrappedFile() + " matches its receipt (" + receipt.fileSize() + " bytes, SHA-256 "
                + receipt.fileSha256() + ").");
        out.println("  Wrapping algorithm: " + receipt.algorithm().name() + ", wrapping key " + receipt.wrappingKeyBits()
                + " bits, SHA-256 " + receipt.wrappingKeySha256());
        receipt.keyArn().ifPresent(arn -> out.println("  Key ARN: " + arn));
        out.println("  KCV (AES-CMAC): " + receipt.kcv());
        out.flush();
        return 0;
    }
}
