package com.netcore.byok.ui.operator;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.kms.CreatedKey;
import com.netcore.byok.kms.DownloadedParameters;
import com.netcore.byok.kms.Expiry;
import com.netcore.byok.kms.ImportLog;
import com.netcore.byok.kms.ImportPreflight;
import com.netcore.byok.kms.ImportRequest;
import com.netcore.byok.kms.ImportResult;
import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.KeyPolicy;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.KmsSettings;
import com.netcore.byok.kms.NewKey;
import com.netcore.byok.kms.ParameterSigner;
import com.netcore.byok.kms.Reports;
import com.netcore.byok.kms.SymmetricImportAlgorithms;
import com.netcore.byok.kms.Revocation;
import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The operator tab's state and actions, in the order of the process, as properties without controls.
 * Each action has a preview (what it will do) and a job that runs off the FX thread through {@link Kms};
 * results and errors come back as the same sentences the command line prints.
 */
public final class OperatorModel implements AutoCloseable {

    public enum Action {
        CREATE, PARAMETERS, IMPORT, STATUS, ROTATE, REVOKE, DRILL
    }

    private final Clock clock;

    // connection and key
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final StringProperty keyRef = new SimpleStringProperty("");
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>(Action.CREATE);

    // create key
    private final StringProperty alias = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final BooleanProperty multiRegion = new SimpleBooleanProperty();
    private final ObjectProperty<Path> policyFile = new SimpleObjectProperty<>();

    // import parameters
    private final ObjectProperty<WrappingAlgorithm> algorithm = new SimpleObjectProperty<>(
            SymmetricImportAlgorithms.recommended());
    private final ObjectProperty<WrappingKeySpec> keySpec = new SimpleObjectProperty<>(WrappingKeySpec.RECOMMENDED);
    private final ObjectProperty<Path> parametersFolder = new SimpleObjectProperty<>();

    // import
    private final ObjectProperty<Path> wrapped = new SimpleObjectProperty<>();
    private final BooleanProperty noExpiry = new SimpleBooleanProperty();
    private final IntegerProperty expiryDays = new SimpleIntegerProperty(365);
    private final BooleanProperty newMaterial = new SimpleBooleanProperty();
    private final StringProperty materialDescription = new SimpleStringProperty("");
    private final ObjectProperty<Path> logFile = new SimpleObjectProperty<>(ImportLog.defaultFile());

    // rotate and revoke
    private final StringProperty moveAlias = new SimpleStringProperty("");
    private final StringProperty materialId = new SimpleStringProperty("");
    private final IntegerProperty deletionDays = new SimpleIntegerProperty(Revocation.MAX_DELETION_DAYS);

    // what happened: the last outcome, the steps done, the parameter sets in flight, the status line
    private final ActionOutcome outcome = new ActionOutcome();
    private final OperatorDrill drill = new OperatorDrill(this::kms);
    private final StepProgress progress = new StepProgress();
    private final ParametersInFlight inFlight;
    private final StatusLine statusLine;

    private Kms connection;
    private KmsSettings connectedWith;
    private final SignedHandOffModel signedHandOff = new SignedHandOffModel(this::kms);

    public OperatorModel(Clock clock) {
        this.clock = clock;
        this.inFlight = new ParametersInFlight(clock);
        this.statusLine = new StatusLine(clock);
    }

    // ---- jobs: each runs off the FX thread and returns the text to show

    public Callable<CreatedKey> createKeyJob() {
        NewKey request = new NewKey(optional(alias), optional(description), TagsText.parse(tags.get()), multiRegion.get(),
                Optional.ofNullable(policyFile.get()).map(KeyPolicy::load));
        return () -> kms().createKey(request);
    }

    /** The default key policy for the connected account (asks STS), to show before creating. */
    public Callable<String> policyJob() {
        Path file = policyFile.get();
        return () -> file != null ? KeyPolicy.load(file) : KeyPolicy.rootOnly(kms().whoAmI());
    }

    public Callable<String> parametersJob() {
        String ref = requireKey();
        Path folder = require(parametersFolder.get(), Messages.get("operator.parameters.chooseFolder"));
        WrappingAlgorithm chosenAlgorithm = algorithm.get();
        WrappingKeySpec spec = keySpec.get();
        Optional<SignedHandOffModel.Signing> signing = signedHandOff.signing();
        return () -> {
            Kms kms = kms();
            Optional<ParameterSigner> signer = signing.map(choice -> choice.prepare(kms));
            DownloadedParameters parameters = kms.getParameters(ref, chosenAlgorithm, spec);
            parameters.writeTo(folder, false, signer.map(s -> s.sign(parameters)).orElse(Map.of()));
            return Reports.parameters(parameters, folder, kms.clock()) + signer.map(ParameterSigner::report).orElse("");
        };
    }

    /** The local checks of an import, without contacting AWS. */
    public Callable<String> checkImportJob() {
        ImportRequest request = importRequest();
        return () -> {
            ImportPreflight.Checked checked = ImportPreflight.check(request, clock);
            return Messages.get("operator.import.checked", checked.receipt().fileName(), checked.receipt().kcv(),
                    checked.receipt().algorithm().name(), checked.publicKey().fingerprintGrouped(), checked.keyArn());
        };
    }

    public Callable<String> importJob() {
        ImportRequest request = importRequest();
        return () -> {
            ImportResult imported = kms().importMaterial(request);
            return Reports.imported(imported);
        };
    }

    private ImportRequest importRequest() {
        return new ImportRequest(requireKey(), require(parametersFolder.get(), Messages.get("operator.import.chooseParameters")),
                require(wrapped.get(), Messages.get("operator.import.chooseWrapped")),
                noExpiry.get() ? Expiry.never() : Expiry.at(expiryInstant()), newMaterial.get(),
                optional(materialDescription), logFile.get())
                .withCustomerCertificate(signedHandOff.customerCertificate());
    }

    public Callable<KeyStatus> statusJob() {
        String ref = requireKey();
        return () -> kms().status(ref);
    }

    public Callable<String> rotateJob() {
        String ref = requireKey();
        return () -> Reports.rotated(kms().rotateOnDemand(ref));
    }

    public Callable<String> moveAliasJob() {
        String ref = requireKey();
        String name = optional(moveAlias).orElseThrow(() -> new ByokException(Messages.get("operator.rotate.noAlias")));
        return () -> Reports.aliasMoved(kms().moveAlias(name, ref));
    }

    /** First half of a revocation: looks the key up and says what will stop working. */
    public Callable<String> consequencesJob(Revocation.Kind kind) {
        String ref = requireKey();
        Revocation revocation = revocation(kind);
        return () -> revocation.consequences(kms().describe(ref), clock);
    }

    /** Second half, after the operator confirmed. */
    public Callable<String> revokeJob(Revocation.Kind kind) {
        String ref = requireKey();
        Revocation revocation = revocation(kind);
        return () -> revocation.report(revocation.apply(kms(), ref));
    }

    private Revocation revocation(Revocation.Kind kind) {
        return switch (kind) {
            case DELETE_MATERIAL -> Revocation.deleteMaterial(optional(materialId));
            case DISABLE -> Revocation.disable();
            case SCHEDULE_DELETION -> Revocation.scheduleDeletion(deletionDays.get());
        };
    }

    /** The expiry an import asks for: the chosen days from now. */
    Instant expiryInstant() {
        return clock.instant().plus(Duration.ofDays(expiryDays.get())).truncatedTo(ChronoUnit.SECONDS)
                .minus(Duration.ofMinutes(5)); // "365 days" must still be within KMS's limit when the call lands
    }

    // ---- outcome of a job (FX thread)

    /** The new key becomes the key every following action works on. */
    public void created(CreatedKey created) {
        keyRef.set(created.key().arn());
        progress.newKey();
        outcome.succeeded(Reports.created(created, String.valueOf(policyFile.get())));
    }

    public void statusArrived(KeyStatus status) {
        outcome.statusArrived(status, Reports.status(status));
    }

    /** The new set joins the list in flight and becomes the one the import uses. */
    public void parametersDownloaded(ParametersInFlight.Downloaded downloaded) {
        inFlight.add(downloaded.set());
        parametersFolder.set(downloaded.set().folder());
        outcome.succeeded(downloaded.report());
    }

    /** The signing key, certificate and customer certificate of the signed hand-off. */
    public SignedHandOffModel signedHandOff() {
        return signedHandOff;
    }

    // ---- connection

    private synchronized Kms kms() {
        KmsSettings settings = KmsSettings.of(blankToNull(region.get()), blankToNull(profile.get()),
                blankToNull(endpoint.get()));
        if (connection == null || !settings.equals(connectedWith)) {
            close();
            connection = Kms.connect(settings, clock);
            connectedWith = settings;
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** The open connection, for the jobs of other panes (off the FX thread). */
    Kms connection() {
        return kms();
    }

    String keyRefOrFail() {
        return requireKey();
    }

    private String requireKey() {
        return optional(keyRef).orElseThrow(() -> new ByokException(Messages.get("operator.chooseKey")));
    }

    private static <T> T require(T value, String message) {
        if (value == null) {
            throw new ByokException(message);
        }
        return value;
    }

    private static Optional<String> optional(StringProperty text) {
        return Optional.ofNullable(text.get()).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- properties

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public StringProperty keyRefProperty() {
        return keyRef;
    }

    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    public StringProperty aliasProperty() {
        return alias;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public BooleanProperty multiRegionProperty() {
        return multiRegion;
    }

    public ObjectProperty<Path> policyFileProperty() {
        return policyFile;
    }

    public ObjectProperty<WrappingAlgorithm> algorithmProperty() {
        return algorithm;
    }

    public ObjectProperty<WrappingKeySpec> keySpecProperty() {
        return keySpec;
    }

    public ObjectProperty<Path> parametersFolderProperty() {
        return parametersFolder;
    }

    public ObjectProperty<Path> wrappedProperty() {
        return wrapped;
    }

    public BooleanProperty noExpiryProperty() {
        return noExpiry;
    }

    public IntegerProperty expiryDaysProperty() {
        return expiryDays;
    }

    public BooleanProperty newMaterialProperty() {
        return newMaterial;
    }

    public StringProperty materialDescriptionProperty() {
        return materialDescription;
    }

    public ObjectProperty<Path> logFileProperty() {
        return logFile;
    }

    public StringProperty moveAliasProperty() {
        return moveAlias;
    }

    public StringProperty materialIdProperty() {
        return materialId;
    }

    public IntegerProperty deletionDaysProperty() {
        return deletionDays;
    }

    public OperatorDrill drill() {
        return drill;
    }

    public ActionOutcome outcome() {
        return outcome;
    }

    public StepProgress progress() {
        return progress;
    }

    public ParametersInFlight inFlight() {
        return inFlight;
    }

    public StatusLine statusLine() {
        return statusLine;
    }

    Clock clock() {
        return clock;
    }
}
