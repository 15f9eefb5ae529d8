package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.WrappingAlgorithm;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The operator's side of AWS KMS: every operation on one {@link KmsConnection}, the only way this tool talks to
 * AWS (through the AWS SDK for Java v2). Every method is synchronous and may run on any background thread;
 * interrupting that thread cancels the call in flight (a {@link KmsCancelledException}). Failures are
 * {@link ByokException}s whose message says what happened and what to do. Close it when done.
 */
public final class Kms implements AutoCloseable {
    static final String NO_REGION = KmsConnection.NO_REGION;

    private final KmsConnection connection;
    private final KeyOperations keys;
    private final ImportOperations imports;
    private final RevocationOperations revocations;
    private final SigningOperations signing;
    private final MultiRegionOperations multiRegion;

    private Kms(KmsConnection connection) {
        this.connection = connection;
        this.keys = new KeyOperations(connection);
        this.imports = new ImportOperations(connection, keys);
        this.revocations = new RevocationOperations(connection, keys);
        this.signing = new SigningOperations(connection, keys);
        this.multiRegion = new MultiRegionOperations(connection, keys);
    }

    /** Prepares a connection; nothing is sent until the first call. */
    public static Kms connect(KmsSettings settings) {
        return connect(settings, Clock.systemUTC());
    }

    public static Kms connect(KmsSettings settings, Clock clock) {
        return new Kms(KmsConnection.open(settings, clock));
    }

    /** As above, with the AWS CLI's environment variables given instead of the process's. */
    public static Kms connect(KmsSettings settings, Clock clock, AwsCliEnvironment environment) {
        return new Kms(KmsConnection.open(settings, clock, environment));
    }

    /**
     * How long to wait, at most, for KMS to show a change it accepted (eventual consistency) before reporting what
     * it shows; 30 seconds unless set. Returns this connection.
     */
    public Kms waitForChangesUpTo(Duration limit) {
        connection.propagation().limit(limit);
        return this;
    }

    public String region() {
        return connection.region();
    }

    public Clock clock() {
        return connection.clock();
    }

    // ---- who and which key

    /** The account and identity of the credentials (STS GetCallerIdentity). */
    public CallerIdentity whoAmI() {
        return keys.whoAmI();
    }

    /** The default key policy for an account given explicitly (no STS call); partition from the region. */
    public CallerIdentity account(String account) {
        return keys.account(account);
    }

    /** DescribeKey for a key id, key ARN, alias name or alias ARN. */
    public KeyInfo describe(String keyRef) {
        return keys.describe(keyRef);
    }

    /** The key's state, aliases and key materials, with the time left until the material expires. */
    public KeyStatus status(String keyRef) {
        return keys.status(keyRef);
    }

    /** Every key material of the key (ListKeyRotations with IncludeKeyMaterial=ALL_KEY_MATERIAL). */
    public List<KeyMaterialInfo> materials(KeyInfo key) {
        return keys.materials(key);
    }

    public List<String> aliases(KeyInfo key) {
        return keys.aliases(key);
    }

    // ---- create, aliases

    /** Creates an EXTERNAL symmetric key, then its alias. Without a policy KMS applies its default key policy. */
    public CreatedKey createKey(NewKey request) {
        return keys.createKey(request);
    }

    /** As {@link #createKey(NewKey)}; no policy is sent either way, so the account is not needed (kept for callers). */
    public CreatedKey createKey(NewKey request, Optional<String> account) {
        account.ifPresent(keys::account); // still refuses an account id that is not one
        return keys.createKey(request);
    }

    /** Points an alias at a key: UpdateAlias when it exists, CreateAlias when not. */
    public AliasMove moveAlias(String alias, String keyRef) {
        return keys.moveAlias(alias, keyRef);
    }

    /** Encrypts 32 random bytes and decrypts them again: proves the key works with its current material. */
    public void roundTrip(KeyInfo key) {
        keys.roundTrip(key);
    }

    // ---- import parameters, import, rotate

    /** GetParametersForImport; write the result with {@link DownloadedParameters#writeTo}. */
    public DownloadedParameters getParameters(String keyRef, WrappingAlgorithm algorithm, WrappingKeySpec spec) {
        return imports.getParameters(keyRef, algorithm, spec);
    }

    /** The checks on this machine only, as {@link #importMaterial} runs them first; nothing is sent to AWS. */
    public ImportPreflight.Checked checkImport(ImportRequest request) {
        return imports.checkImport(request);
    }

    /**
     * Pre-flight checks, DescribeKey (the key accepts an import), ImportKeyMaterial, a record in the import log,
     * then DescribeKey and an Encrypt/Decrypt round trip to prove the key works.
     */
    public ImportResult importMaterial(ImportRequest request) {
        return imports.importMaterial(request);
    }

    /** RotateKeyOnDemand: the material waiting in PENDING_ROTATION becomes current. */
    public Rotation rotateOnDemand(String keyRef) {
        return imports.rotateOnDemand(keyRef);
    }

    // ---- multi-Region keys

    /** The key's primary and replicas as DescribeKey shows them here; empty for a single-Region key. */
    public Optional<MultiRegionKey> multiRegion(String keyRef) {
        return multiRegion.configuration(keyRef);
    }

    /** ReplicateKey into another Region, after checking the key is a multi-Region primary not yet there. */
    public ReplicatedKey replicate(String keyRef, String region, Optional<String> description,
                                   java.util.Map<String, String> tags) {
        return multiRegion.replicate(keyRef, region, description, tags);
    }

    /** The key's status in every Region (each read through its own connection), with what differs. */
    public MultiRegionStatus multiRegionStatus(String keyRef) {
        return multiRegion.status(keyRef);
    }

    // ---- revoke (the caller asks for confirmation first; see Revocation)

    /** DeleteImportedKeyMaterial: the current material, or the one given. Returns the key afterwards. */
    public KeyInfo deleteMaterial(String keyRef, Optional<String> materialId) {
        return revocations.deleteMaterial(keyRef, materialId);
    }

    /** DisableKey; returns the key afterwards. */
    public KeyInfo disable(String keyRef) {
        return revocations.disable(keyRef);
    }

    /** ScheduleKeyDeletion after 7 to 30 days; returns the key afterwards (with its deletion date). */
    public KeyInfo scheduleDeletion(String keyRef, int days) {
        return revocations.scheduleDeletion(keyRef, days);
    }

    /** The vendor's signing key: create it, its certificate, detached signatures through KMS. */
    public SigningOperations signing() {
        return signing;
    }

    @Override
    public void close() {
        connection.close();
    }
}
