package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The operator's side of AWS KMS, and the only place that talks to AWS (through the AWS SDK for Java v2).
 * Every method is synchronous and may run on any background thread; interrupting that thread cancels the
 * call in flight (a {@link KmsCancelledException}). Failures are {@link ByokException}s whose message says
 * what happened and what to do. One instance holds one connection; close it when done.
 */
public final class Kms implements AutoCloseable {
    static final String NO_REGION = "No AWS region is set. Give --region (for example eu-west-1), set AWS_REGION, or "
            + "add region to the profile in ~/.aws/config.";
    public static final int MIN_DELETION_DAYS = 7;
    public static final int MAX_DELETION_DAYS = 30;
    /** Connecting gives up after this; a KMS answer may take up to {@link #READ_TIMEOUT}. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final Map<String, String> CHECK_CONTEXT = Map.of("purpose", "byok-wizard-import-check");

    private final Region region;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final ClientOverrideConfiguration override;
    private final KmsClient client;
    private final KmsErrors errors;
    private final ExecutorService calls;
    private final Clock clock;
    private StsClient sts;

    private Kms(KmsSettings settings, Clock clock) {
        this.clock = clock;
        this.region = resolveRegion(settings);
        this.errors = new KmsErrors(region.id(), settings.endpoint().map(URI::toString)
                .orElse("the KMS endpoint of " + region.id()));
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(READ_TIMEOUT).build();
        try {
            this.credentials = settings.profile()
                    .<AwsCredentialsProvider>map(p -> ProfileCredentialsProvider.builder().profileName(p).build())
                    .orElseGet(() -> DefaultCredentialsProvider.builder().build());
            ClientOverrideConfiguration.Builder config = ClientOverrideConfiguration.builder()
                    .retryStrategy(RetryMode.STANDARD);
            settings.profile().ifPresent(config::defaultProfileName);
            this.override = config.build();
            KmsClientBuilder builder = KmsClient.builder().httpClient(http).region(region)
                    .credentialsProvider(credentials).overrideConfiguration(override);
            settings.endpoint().ifPresent(builder::endpointOverride);
            this.client = builder.build();
        } catch (SdkException e) {
            http.close();
            throw errors.explain(e, "connect", "");
        }
        this.calls = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "kms-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Prepares a connection; nothing is sent until the first call. */
    public static Kms connect(KmsSettings settings) {
        return connect(settings, Clock.systemUTC());
    }

    public static Kms connect(KmsSettings settings, Clock clock) {
        return new Kms(settings, clock);
    }

    public String region() {
        return region.id();
    }

    public Clock clock() {
        return clock;
    }

    // ---- who and which key

    /** The account and identity of the credentials (STS GetCallerIdentity). */
    public CallerIdentity whoAmI() {
        GetCallerIdentityResponse identity = call("GetCallerIdentity", "", () -> sts().getCallerIdentity());
        return CallerIdentity.of(identity.account(), identity.arn());
    }

    /** The default key policy for an account given explicitly (no STS call); partition from the region. */
    public CallerIdentity account(String account) {
        if (!account.matches("\\d{12}")) {
            throw new ByokException("Account '" + account + "' is not an AWS account id (12 digits).");
        }
        String partition = Optional.ofNullable(region.metadata()).map(m -> m.partition().id()).orElse("aws");
        return new CallerIdentity(account, "arn:" + partition + ":iam::" + account + ":root", partition);
    }

    /** DescribeKey for a key id, key ARN, alias name or alias ARN. */
    public KeyInfo describe(String keyRef) {
        requireKeyRef(keyRef);
        return KeyInfo.of(call("DescribeKey", keyRef, () -> client.describeKey(b -> b.keyId(keyRef))).keyMetadata());
    }

    /** The key's state, aliases and key materials, with the time left until the material expires. */
    public KeyStatus status(String keyRef) {
        KeyInfo key = describe(keyRef);
        List<String> notes = new ArrayList<>();
        List<String> aliases = List.of();
        try {
            aliases = aliases(key);
        } catch (KmsCancelledException e) {
            throw e;
        } catch (ByokException e) {
            notes.add("Aliases not listed: " + e.getMessage());
        }
        List<KeyMaterial> materials = List.of();
        try {
            materials = materials(key);
        } catch (KmsCancelledException e) {
            throw e;
        } catch (ByokException e) {
            notes.add("Key materials not listed: " + e.getMessage());
        }
        return new KeyStatus(key, aliases, materials, List.copyOf(notes), clock.instant());
    }

    /** Every key material of the key (ListKeyRotations with IncludeKeyMaterial=ALL_KEY_MATERIAL). */
    public List<KeyMaterial> materials(KeyInfo key) {
        return call("ListKeyRotations", key.arn(), () -> client.listKeyRotationsPaginator(b -> b.keyId(key.arn())
                .includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL)).rotations().stream().map(KeyMaterial::of).toList());
    }

    public List<String> aliases(KeyInfo key) {
        return call("ListAliases", key.arn(), () -> client.listAliasesPaginator(b -> b.keyId(key.keyId())).aliases()
                .stream().map(AliasListEntry::aliasName).sorted().toList());
    }

    // ---- create

    /** Creates an EXTERNAL symmetric key, then its alias. Without a policy, the account comes from STS. */
    public CreatedKey createKey(NewKey request) {
        return createKey(request, Optional.empty());
    }

    /** As {@link #createKey(NewKey)}, with the account for the default policy given (no STS call). */
    public CreatedKey createKey(NewKey request, Optional<String> account) {
        request.alias().ifPresent(alias -> describeIfExists(alias).ifPresent(existing -> {
            throw new ByokException("Alias " + alias + " already points to key " + existing.arn() + ". Choose another "
                    + "alias; to point it at the new key afterwards, use 'kms move-alias'. No key was created.");
        }));
        String policy = request.policy().orElseGet(() -> KeyPolicy.rootOnly(account.map(this::account)
                .orElseGet(this::whoAmI)));
        List<Tag> tags = request.tags().entrySet().stream()
                .map(t -> Tag.builder().tagKey(t.getKey()).tagValue(t.getValue()).build()).toList();
        KeyInfo key = KeyInfo.of(call("CreateKey", "", () -> client.createKey(b -> b.origin(OriginType.EXTERNAL)
                .keySpec(KeySpec.SYMMETRIC_DEFAULT).keyUsage(KeyUsageType.ENCRYPT_DECRYPT)
                .multiRegion(request.multiRegion()).description(request.description().orElse(null)).policy(policy)
                .tags(tags.isEmpty() ? null : tags))).keyMetadata());
        request.alias().ifPresent(alias -> {
            try {
                call("CreateAlias", alias, () -> client.createAlias(b -> b.aliasName(alias).targetKeyId(key.keyId())));
            } catch (ByokException e) {
                throw new ByokException("Key " + key.arn() + " was created, but alias " + alias + " was not: "
                        + e.getMessage() + " Add the alias with 'kms move-alias --alias " + alias + " --key-id "
                        + key.arn() + "'.", e);
            }
        });
        return new CreatedKey(key, request.alias(), policy, request.policy().isEmpty());
    }

    // ---- import parameters and import

    /** GetParametersForImport; write the result with {@link DownloadedParameters#writeTo}. */
    public DownloadedParameters getParameters(String keyRef, WrappingAlgorithm algorithm, WrappingKeySpec spec) {
        if (algorithm.isHybrid()) {
            throw new ByokException("KMS uses " + algorithm.name() + " only for RSA and ECC key material; a 256-bit "
                    + "symmetric key is wrapped with RSAES_OAEP_SHA_256 (recommended) or RSAES_OAEP_SHA_1.");
        }
        KeyInfo key = describe(keyRef);
        requireImportable(key, "download import parameters for it");
        GetParametersForImportResponse response = call("GetParametersForImport", key.arn(), () -> client
                .getParametersForImport(b -> b.keyId(key.arn()).wrappingAlgorithm(algorithm.name())
                        .wrappingKeySpec(spec.name())));
        WrappingPublicKey publicKey = WrappingPublicKey.parse(response.publicKey().asByteArray(),
                "The wrapping public key KMS returned for " + key.arn());
        if (publicKey.bits() != spec.bits()) {
            throw new ByokException("KMS returned a " + publicKey.bits() + "-bit wrapping key for " + spec.name()
                    + ". Run 'kms get-parameters' again.");
        }
        return new DownloadedParameters(response.keyId(), algorithm, publicKey, response.importToken().asByteArray(),
                response.parametersValidTo());
    }

    /** The checks on this machine only, as {@link #importMaterial} runs them first; nothing is sent to AWS. */
    public ImportPreflight.Checked checkImport(ImportRequest request) {
        return ImportPreflight.check(request, clock);
    }

    /**
     * Pre-flight checks, DescribeKey (the key accepts an import), ImportKeyMaterial, a record in the import log,
     * then DescribeKey and an Encrypt/Decrypt round trip to prove the key works.
     */
    public ImportResult importMaterial(ImportRequest request) {
        ImportPreflight.Checked checked = checkImport(request);
        KeyInfo key = describe(request.keyRef());
        if (!key.arn().equals(checked.keyArn())) {
            throw new ByokException(request.keyRef() + " is key " + key.arn() + ", but the parameters in "
                    + request.parametersFolder() + " belong to key " + checked.keyArn() + "; the import token works only "
                    + "for its own key. Nothing was imported.");
        }
        requireImportable(key, "import key material into it");
        if (!KeyInfo.PENDING_IMPORT.equals(key.state()) && !key.isEnabled()) {
            throw new ByokException("Key " + key.arn() + " is " + key.state() + "; KMS imports key material only into "
                    + "a key that is PendingImport or Enabled. " + stateAdvice(key) + " Nothing was imported.");
        }
        ImportKind kind = importKind(key, request.newMaterial());
        var response = call("ImportKeyMaterial", key.arn(), () -> client.importKeyMaterial(b -> {
            b.keyId(key.arn()).importToken(SdkBytes.fromByteArray(checked.token()))
                    .encryptedKeyMaterial(SdkBytes.fromByteArray(checked.wrapped()))
                    .expirationModel(request.expiry().expirationModel());
            request.expiry().validTo().ifPresent(b::validTo);
            kind.importType().ifPresent(b::importType);
            request.materialDescription().ifPresent(b::keyMaterialDescription);
        }));
        String materialId = Optional.ofNullable(response.keyMaterialId()).orElse("unknown");
        ImportLog.Entry entry = new ImportLog.Entry(clock.instant(), key.arn(), materialId,
                kind == ImportKind.FIRST_IMPORT ? "FIRST_IMPORT" : kind.name(), checked.receiptSha256(),
                checked.receipt().fileSha256(), checked.receipt().kcv(), request.expiry().validTo());
        new ImportLog(request.logFile()).append(entry);

        KeyInfo after = describe(key.arn());
        if (!after.isEnabled()) {
            return new ImportResult(after, materialId, kind, request.expiry(), false, "Not tested: the key is "
                    + after.state() + " (" + stateAdvice(after) + ")", entry, request.logFile());
        }
        roundTrip(after);
        String verification = "Encrypt and Decrypt with the key work (round trip of 32 random bytes)"
                + (kind == ImportKind.NEW_KEY_MATERIAL ? ", still with the current key material; the new material "
                + "becomes current with 'kms rotate'." : ".");
        return new ImportResult(after, materialId, kind, request.expiry(), true, verification, entry, request.logFile());
    }

    private ImportKind importKind(KeyInfo key, boolean newMaterial) {
        if (!newMaterial) {
            return key.currentKeyMaterialId().isPresent() ? ImportKind.EXISTING_KEY_MATERIAL : ImportKind.FIRST_IMPORT;
        }
        if (key.currentKeyMaterialId().isEmpty()) {
            throw new ByokException("Key " + key.arn() + " has no key material yet, so there is nothing to rotate: "
                    + "import the customer's key without --new-material first. Nothing was imported.");
        }
        if (!key.isEnabled()) {
            throw new ByokException("Key " + key.arn() + " is " + key.state() + "; new key material for rotation "
                    + "needs an Enabled key. " + stateAdvice(key) + " Nothing was imported.");
        }
        return ImportKind.NEW_KEY_MATERIAL;
    }

    /** Encrypts 32 random bytes and decrypts them again: proves the key works with its current material. */
    public void roundTrip(KeyInfo key) {
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        SdkBytes ciphertext = call("Encrypt", key.arn(), () -> client.encrypt(b -> b.keyId(key.arn())
                .plaintext(SdkBytes.fromByteArray(probe)).encryptionContext(CHECK_CONTEXT))).ciphertextBlob();
        byte[] back = call("Decrypt", key.arn(), () -> client.decrypt(b -> b.keyId(key.arn()).ciphertextBlob(ciphertext)
                .encryptionContext(CHECK_CONTEXT))).plaintext().asByteArray();
        if (!Arrays.equals(probe, back)) {
            throw new ByokException("Key " + key.arn() + " decrypted a test ciphertext to different bytes. Do not use "
                    + "the key; check it with 'kms status' and contact AWS support.");
        }
    }

    // ---- rotate and aliases

    /** RotateKeyOnDemand: the material waiting in PENDING_ROTATION becomes current. */
    public Rotation rotateOnDemand(String keyRef) {
        KeyInfo key = describe(keyRef);
        if (key.isExternal()) {
            List<KeyMaterial> materials = materials(key);
            Optional<KeyMaterial> pending = materials.stream()
                    .filter(m -> KeyMaterial.PENDING_ROTATION.equals(m.materialState())).findFirst();
            if (pending.isEmpty()) {
                throw new ByokException("Key " + key.arn() + " has no new key material waiting for rotation. First run "
                        + "'kms get-parameters', have the customer wrap a NEW key, and import it with 'kms import "
                        + "--new-material'; then run 'kms rotate' again.");
            }
        }
        if (!key.isEnabled()) {
            throw new ByokException("Key " + key.arn() + " is " + key.state() + "; only an Enabled key can rotate. "
                    + stateAdvice(key));
        }
        call("RotateKeyOnDemand", key.arn(), () -> client.rotateKeyOnDemand(b -> b.keyId(key.arn())));
        KeyInfo after = describe(key.arn());
        return new Rotation(after, key.currentKeyMaterialId(), after.currentKeyMaterialId().orElse("unknown"));
    }

    /** Points an alias at a key: UpdateAlias when it exists, CreateAlias when not. */
    public AliasMove moveAlias(String alias, String keyRef) {
        String name = Aliases.normalize(alias);
        KeyInfo target = describe(keyRef);
        Optional<KeyInfo> before = describeIfExists(name);
        if (before.isPresent() && before.get().arn().equals(target.arn())) {
            return new AliasMove(name, target, Optional.of(target.arn()));
        }
        if (before.isPresent()) {
            call("UpdateAlias", name, () -> client.updateAlias(b -> b.aliasName(name).targetKeyId(target.keyId())));
        } else {
            call("CreateAlias", name, () -> client.createAlias(b -> b.aliasName(name).targetKeyId(target.keyId())));
        }
        return new AliasMove(name, target, before.map(KeyInfo::arn));
    }

    // ---- revoke (the caller asks for confirmation first; see Consequences)

    /** DeleteImportedKeyMaterial: the current material, or the one given. Returns the key afterwards. */
    public KeyInfo deleteMaterial(String keyRef, Optional<String> materialId) {
        KeyInfo key = describe(keyRef);
        if (!key.isExternal()) {
            throw new ByokException("Key " + key.arn() + " has Origin " + key.origin() + ": its key material was not "
                    + "imported and cannot be deleted. Only keys created with Origin EXTERNAL have imported material.");
        }
        if (materialId.isPresent()) {
            String id = materialId.get();
            if (!id.matches("[0-9a-f]{64}")) {
                throw new ByokException("Key material id '" + id + "' is not 64 lower-case hex digits. Copy it from "
                        + "'kms status'.");
            }
            List<KeyMaterial> materials = materials(key);
            if (materials.stream().noneMatch(m -> m.id().equals(id))) {
                throw new ByokException("Key " + key.arn() + " has no key material " + id + "; it has "
                        + (materials.isEmpty() ? "none" : String.join(", ", materials.stream().map(KeyMaterial::id)
                        .toList())) + ". Copy the id from 'kms status'.");
            }
        }
        call("DeleteImportedKeyMaterial", key.arn(), () -> client.deleteImportedKeyMaterial(b -> b.keyId(key.arn())
                .keyMaterialId(materialId.orElse(null))));
        return describe(key.arn());
    }

    /** DisableKey; returns the key afterwards. */
    public KeyInfo disable(String keyRef) {
        KeyInfo key = describe(keyRef);
        call("DisableKey", key.arn(), () -> client.disableKey(b -> b.keyId(key.arn())));
        return describe(key.arn());
    }

    /** ScheduleKeyDeletion after 7 to 30 days; returns the key afterwards (with its deletion date). */
    public KeyInfo scheduleDeletion(String keyRef, int days) {
        requireDeletionDays(days);
        KeyInfo key = describe(keyRef);
        if (KeyInfo.PENDING_DELETION.equals(key.state())) {
            throw new ByokException("Key " + key.arn() + " is already scheduled for deletion on "
                    + key.deletionDate().map(Object::toString).orElse("an unknown date") + ". Nothing was changed.");
        }
        call("ScheduleKeyDeletion", key.arn(), () -> client.scheduleKeyDeletion(b -> b.keyId(key.arn())
                .pendingWindowInDays(days)));
        return describe(key.arn());
    }

    /** KMS waits 7 to 30 days before it deletes a key. */
    public static void requireDeletionDays(int days) {
        if (days < MIN_DELETION_DAYS || days > MAX_DELETION_DAYS) {
            throw new ByokException("The waiting period before deletion must be 7 to 30 days, not " + days + ".");
        }
    }

    // ---- plumbing

    private Optional<KeyInfo> describeIfExists(String keyRef) {
        return call("DescribeKey", keyRef, () -> {
            try {
                return Optional.of(KeyInfo.of(client.describeKey(b -> b.keyId(keyRef)).keyMetadata()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private static void requireImportable(KeyInfo key, String action) {
        if (!key.isExternal()) {
            throw new ByokException("Key " + key.arn() + " has Origin " + key.origin() + " (KMS made its key material), "
                    + "so you cannot " + action + ". Create a key for imported material with 'kms create-key'.");
        }
        if (!"SYMMETRIC_DEFAULT".equals(key.keySpec())) {
            throw new ByokException("Key " + key.arn() + " is a " + key.keySpec() + " key; this tool imports 256-bit "
                    + "symmetric key material only. Create a key with 'kms create-key'.");
        }
        if (KeyInfo.PENDING_DELETION.equals(key.state())) {
            throw new ByokException("Key " + key.arn() + " is pending deletion, so you cannot " + action + ". "
                    + stateAdvice(key));
        }
    }

    private static String stateAdvice(KeyInfo key) {
        return switch (key.state()) {
            case KeyInfo.DISABLED -> "Enable it first (aws kms enable-key) if that is intended.";
            case KeyInfo.PENDING_DELETION -> "Cancel the deletion first (aws kms cancel-key-deletion) if that is intended.";
            case KeyInfo.PENDING_IMPORT -> "Its key material must be imported (again) first.";
            default -> "See 'kms status'.";
        };
    }

    private static void requireKeyRef(String keyRef) {
        if (keyRef == null || keyRef.isBlank()) {
            throw new ByokException("No key was given. Give a key id, key ARN or alias (--key-id).");
        }
    }

    private synchronized StsClient sts() {
        if (sts == null) {
            sts = StsClient.builder().httpClient(http).region(region).credentialsProvider(credentials)
                    .overrideConfiguration(override).build();
        }
        return sts;
    }

    /**
     * Runs one SDK call on a worker thread while the caller waits, so that interrupting the caller cancels at
     * once even during a blocking network read. SDK failures become sentences.
     */
    <T> T call(String operation, String subject, Supplier<T> request) {
        if (Thread.currentThread().isInterrupted()) {
            throw new KmsCancelledException("Cancelled before " + operation + " was sent; it did not happen.");
        }
        Future<T> result = calls.submit(request::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new KmsCancelledException("Cancelled while waiting for " + operation + ". If the request had already "
                    + "reached AWS it may still take effect: check with 'kms status'.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SdkException sdk) {
                throw errors.explain(sdk, operation, subject);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        calls.shutdownNow();
        client.close();
        if (sts != null) {
            sts.close();
        }
        http.close();
        if (credentials instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing to release that matters
            }
        }
    }

    // ---- region

    private static Region resolveRegion(KmsSettings settings) {
        String name = settings.region().orElseGet(() -> {
            try {
                DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
                settings.profile().ifPresent(chain::profileName);
                return chain.build().getRegion().id();
            } catch (SdkClientException e) {
                throw new ByokException(NO_REGION);
            }
        });
        if (!name.matches("[a-z]{2,}(-[a-z0-9]+)+")) {
            throw new ByokException("Region '" + name + "' is not an AWS region name. Give one like eu-west-1 or "
                    + "us-east-1 (--region, AWS_REGION or the profile's region).");
        }
        Region region = Region.of(name);
        if (region.metadata() == null && !endpointConfigured(settings)) {
            throw new ByokException("Unknown AWS region '" + name + "'. Check --region (or AWS_REGION, or the "
                    + "profile's region): regions look like eu-west-1 or us-east-1. For a Region newer than this tool, "
                    + "also give --endpoint-url https://kms." + name + ".amazonaws.com.");
        }
        return region;
    }

    private static boolean endpointConfigured(KmsSettings settings) {
        return settings.endpoint().isPresent() || System.getenv("AWS_ENDPOINT_URL_KMS") != null
                || System.getenv("AWS_ENDPOINT_URL") != null || System.getProperty("aws.endpointUrlKms") != null
                || System.getProperty("aws.endpointUrl") != null;
    }
}
