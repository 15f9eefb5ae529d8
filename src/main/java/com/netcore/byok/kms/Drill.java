package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappedKeyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A rehearsal of the whole ceremony on a throw-away key, to prove the account, Region and permissions before the
 * real 24-hour window: create an EXTERNAL key (described and tagged as a drill), get parameters, wrap a random key
 * through the customer's core in-process, import it with a short expiry, verify, status, delete the material,
 * re-import the same material, import new material and rotate on demand, then schedule the key's deletion
 * (7 days) unless it is kept. Each step reports the permissions it used; the first failure stops the drill, and
 * the key it made is still scheduled for deletion.
 */
public final class Drill {
    public static final String TAG_KEY = "byok-wizard";
    public static final String TAG_VALUE = "drill";
    static final Duration MATERIAL_EXPIRY = Duration.ofDays(1);

    private final Kms kms;
    private final WrappingKeySpec spec;
    private final boolean keep;
    private final Consumer<DrillStep> progress;
    private final List<DrillStep> steps = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private Optional<KeyInfo> key = Optional.empty();

    private Drill(Kms kms, WrappingKeySpec spec, boolean keep, Consumer<DrillStep> progress) {
        this.kms = kms;
        this.spec = spec;
        this.keep = keep;
        this.progress = progress;
    }

    /** Runs the drill; {@code progress} sees each step as it ends (e.g. to print it at once). */
    public static DrillReport run(Kms kms, WrappingKeySpec spec, boolean keep, Consumer<DrillStep> progress) {
        return new Drill(kms, spec, keep, progress).run();
    }

    private DrillReport run() {
        Path work;
        try {
            work = Files.createTempDirectory("byok-drill");
        } catch (IOException e) {
            throw new ByokException("Could not create a temporary folder for the drill (" + e.getMessage() + "). Check "
                    + "the free space and permissions of " + System.getProperty("java.io.tmpdir") + ".");
        }
        boolean allWorked = false;
        Optional<String> cleanup;
        try (SecretKeyMaterial first = randomKey(); SecretKeyMaterial second = randomKey()) {
            allWorked = ceremony(work, first, second);
        } catch (StopDrill stopped) {
            // the failed step is recorded; clean up below
        } finally {
            cleanup = cleanUp();
            deleteTree(work);
        }
        return new DrillReport(List.copyOf(steps), key.map(KeyInfo::arn), allWorked && cleanup.isEmpty(), keep, cleanup);
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ByokException("Could not create the drill's folder " + folder + " (" + e.getMessage() + ").");
        }
    }

    /** The drill's own files: parameters, wrapped keys and receipts, its import log (no secret in them). */
    private static void deleteTree(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind holds nothing secret
        }
    }

    private boolean ceremony(Path work, SecretKeyMaterial first, SecretKeyMaterial second) {
        KeyInfo created = step("Create a drill key (EXTERNAL, tagged " + TAG_KEY + "=" + TAG_VALUE + ")",
                "kms:CreateKey, kms:TagResource", () -> {
                    CreatedKey made = kms.createKey(new NewKey(Optional.empty(), Optional.of("BYOK Wizard drill "
                            + kms.clock().instant() + ": a throw-away key, safe to delete"), Map.of(TAG_KEY, TAG_VALUE),
                            false, Optional.empty()));
                    key = Optional.of(made.key());
                    return new Done<>(made.key(), made.key().arn());
                });
        String arn = created.arn();
        importOnce(work, arn, first, "1", false, "Import the key material (expires in 1 day)");
        step("Status (state, aliases, key materials)", "kms:DescribeKey, kms:ListAliases, kms:ListKeyRotations", () -> {
            KeyStatus status = kms.status(arn);
            if (!status.notes().isEmpty()) {
                throw new ByokException(String.join(" ", status.notes()));
            }
            return new Done<>(status, "state " + status.key().state() + ", " + status.materials().size()
                    + " key material(s)");
        });
        step("Delete the key material", "kms:DeleteImportedKeyMaterial", () -> {
            KeyInfo after = kms.deleteMaterial(arn, Optional.empty());
            return new Done<>(after, "KMS shows the key as " + after.state());
        });
        importOnce(work, arn, first, "2", false, "Re-import the same key material");
        importOnce(work, arn, second, "3", true, "Import new key material for rotation");
        step("Rotate on demand to the new key material", "kms:RotateKeyOnDemand, kms:ListKeyRotations", () -> {
            Rotation rotation = kms.rotateOnDemand(arn);
            boolean switched = !rotation.previousMaterialId().map(rotation.newMaterialId()::equals).orElse(false);
            return new Done<>(rotation, switched ? "current key material is now " + rotation.newMaterialId()
                    : "rotation accepted and in progress");
        });
        return true;
    }

    /** Parameters, the customer's wrap in-process, and the import with its verification: three steps. */
    private void importOnce(Path work, String arn, SecretKeyMaterial material, String round, boolean newMaterial,
                            String title) {
        Path params = work.resolve("params-" + round);
        step("Get import parameters (" + SymmetricImportAlgorithms.recommended().name() + ", " + spec.name() + ")",
                "kms:GetParametersForImport", () -> {
                    DownloadedParameters downloaded = kms.getParameters(arn, SymmetricImportAlgorithms.recommended(),
                            spec);
                    downloaded.writeTo(params, false);
                    return new Done<>(downloaded, "valid to " + downloaded.validTo());
                });
        Path wrapped = work.resolve("wrapped-" + round);
        step("Wrap a random 256-bit key as the customer would (on this computer)", "none", () -> {
            createFolder(wrapped);
            WrappedKeyFiles.Written written = WrappedKeyFiles.wrapAndWrite(ImportParameters.fromFolder(params,
                    Optional.empty()), material, KeySource.generated("SecureRandom (drill)"), wrapped, false, random,
                    kms.clock());
            return new Done<>(written, "KCV " + written.receipt().kcv());
        });
        Expiry expiry = Expiry.at(kms.clock().instant().plus(MATERIAL_EXPIRY).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        ImportResult result = step(title, "kms:DescribeKey, kms:ImportKeyMaterial", () -> {
            ImportResult imported = kms.importMaterial(new ImportRequest(arn, params, wrapped, expiry, newMaterial,
                    Optional.of("BYOK Wizard drill " + round), work.resolve("drill-imports.log")));
            return new Done<>(imported, "key material " + imported.keyMaterialId());
        });
        step("Verify: Encrypt and Decrypt with the key", "kms:DescribeKey, kms:Encrypt, kms:Decrypt", () -> {
            if (!result.verified()) {
                throw new ByokException("not verified: " + result.verification());
            }
            return new Done<>(result, "round trip of 32 random bytes works");
        });
    }

    /** Schedules deletion of the drill key unless kept; the failure to do so, if any. */
    private Optional<String> cleanUp() {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String arn = key.get().arn();
        if (keep) {
            return Optional.empty();
        }
        boolean interrupted = Thread.interrupted(); // a cancelled drill still removes its key
        try {
            step("Schedule deletion of the drill key (7 days)", "kms:ScheduleKeyDeletion", () -> {
                KeyInfo after = kms.scheduleDeletion(arn, Revocation.MIN_DELETION_DAYS);
                return new Done<>(after, "deleted on " + after.deletionDate().map(Object::toString).orElse("?"));
            });
            return Optional.empty();
        } catch (StopDrill e) {
            return Optional.of("The drill key " + arn + " is NOT scheduled for deletion: " + e.getMessage()
                    + " Schedule it yourself: byok-wizard kms schedule-deletion --key-id " + arn + " --days 7");
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A step's value and the detail its line shows. */
    private record Done<T>(T value, String detail) {
    }

    /** Runs one step, records its line; a failure records the sentence and stops the drill. */
    private <T> T step(String title, String permissions, Supplier<Done<T>> work) {
        try {
            Done<T> done = work.get();
            record(new DrillStep(steps.size() + 1, title, permissions, true, done.detail()));
            return done.value();
        } catch (ByokException e) {
            boolean denied = Propagation.errorCode(e).filter(code -> code.startsWith("AccessDenied")).isPresent()
                    || e.getMessage().contains("Access denied");
            String missing = denied ? "missing permission " + deniedPermission(e.getMessage(), permissions) + ": " : "";
            record(new DrillStep(steps.size() + 1, title, permissions, false, missing + e.getMessage()));
            throw new StopDrill(e.getMessage());
        }
    }

    /** The kms:Operation the refusal names, else the step's permissions. */
    private static String deniedPermission(String message, String permissions) {
        return Arrays.stream(permissions.split(", ")).filter(p -> message.contains(p + " ")).findFirst()
                .orElse(permissions);
    }

    private void record(DrillStep step) {
        steps.add(step);
        progress.accept(step);
    }

    private SecretKeyMaterial randomKey() {
        byte[] bytes = new byte[SecretKeyMaterial.LENGTH];
        try {
            random.nextBytes(bytes);
            return SecretKeyMaterial.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Ends the drill after a failed step (already recorded). */
    private static final class StopDrill extends RuntimeException {
        StopDrill(String message) {
            super(message, null, false, false);
        }
    }
}
