package com.netcore.byok.ui.operator;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.ParameterSigner;
import com.netcore.byok.kms.SigningCertificates;
import com.netcore.byok.kms.SigningKeySpec;
import com.netcore.byok.kms.SigningOperations;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The operator's side of the signed hand-off, as plain properties: the vendor's signing key and its certificate
 * (made once), whether to sign the import parameters, and the customer's certificate that must have signed the
 * receipt of an import. Jobs run on the operator tab's connection.
 */
public final class SignedHandOffModel {
    private final Supplier<Kms> kms;
    private final StringProperty signingKey = new SimpleStringProperty("");
    private final ObjectProperty<SigningKeySpec> signingKeySpec = new SimpleObjectProperty<>(SigningKeySpec.RECOMMENDED);
    private final StringProperty subject = new SimpleStringProperty("");
    private final IntegerProperty days = new SimpleIntegerProperty(1095);
    private final ObjectProperty<Path> certificate = new SimpleObjectProperty<>();
    private final BooleanProperty signParameters = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> customerCertificate = new SimpleObjectProperty<>();

    public SignedHandOffModel(Supplier<Kms> kms) {
        this.kms = kms;
    }

    public StringProperty signingKeyProperty() {
        return signingKey;
    }

    public ObjectProperty<SigningKeySpec> signingKeySpecProperty() {
        return signingKeySpec;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ObjectProperty<Path> certificateProperty() {
        return certificate;
    }

    public BooleanProperty signParametersProperty() {
        return signParameters;
    }

    public ObjectProperty<Path> customerCertificateProperty() {
        return customerCertificate;
    }

    /** A finished job: the text to show, and the change to make on the FX thread. */
    public record Done(String report, Runnable apply) {
    }

    /** CreateKey for a signing key; the new key becomes the one that signs. */
    public Callable<Done> createSigningKeyJob() {
        SigningKeySpec spec = signingKeySpec.get();
        return () -> {
            String arn = kms.get().signing().createSigningKey(Optional.empty(), spec).arn();
            return new Done(Messages.get("operator.signing.created", arn, spec.name(), spec.kmsAlgorithm()),
                    () -> signingKey.set(arn));
        };
    }

    /** A self-signed certificate through KMS, written as vendor-signing.pem into {@code folder} (never replaced). */
    public Callable<Done> certificateJob(Path folder) {
        String key = requireSigningKey();
        String name = subject.get().strip();
        int validDays = days.get();
        SafeFiles.requireRoomFor(folder, java.util.List.of(SigningCertificates.DEFAULT_FILE), false);
        return () -> {
            X509Certificate made = kms.get().signing().certificate(key, name, validDays);
            SafeFiles.writeAll(folder, Map.of(SigningCertificates.DEFAULT_FILE, SigningCertificates.pem(made)), false);
            Path file = folder.resolve(SigningCertificates.DEFAULT_FILE);
            return new Done(Messages.get("operator.signing.certificateMade", file,
                    made.getSubjectX500Principal().getName(), SigningOperations.fingerprint(made)),
                    () -> certificate.set(file));
        };
    }

    /** The key and certificate that sign the parameters, when signing is chosen; checked before anything runs. */
    public Optional<Signing> signing() {
        if (!signParameters.get()) {
            return Optional.empty();
        }
        String key = requireSigningKey();
        Path file = Optional.ofNullable(certificate.get())
                .orElseThrow(() -> new ByokException(Messages.get("operator.signing.noCertificate")));
        return Optional.of(new Signing(key, file));
    }

    /** The customer's certificate for the import's receipt check, if one was chosen. */
    public Optional<Path> customerCertificate() {
        return Optional.ofNullable(customerCertificate.get());
    }

    /** What the import step shows about the chosen customer certificate. */
    public String customerCertificateText() {
        Path file = customerCertificate.get();
        if (file == null) {
            return Messages.get("operator.customer.none");
        }
        try {
            return Messages.get("operator.customer.chosen", file,
                    SignerCertificate.load(file, "Customer certificate").describe());
        } catch (ByokException e) {
            return e.getMessage();
        }
    }

    private String requireSigningKey() {
        String key = signingKey.get().strip();
        if (key.isEmpty()) {
            throw new ByokException(Messages.get("operator.signing.noKey"));
        }
        return key;
    }

    /** The signing choice of one download: prepared on the connection before the parameters are requested. */
    public record Signing(String keyRef, Path certificateFile) {
        public ParameterSigner prepare(Kms kms) {
            return kms.signing().parameterSigner(keyRef, certificateFile);
        }
    }
}
