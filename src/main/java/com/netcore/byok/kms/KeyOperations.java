package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.Tag;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Who is calling, which key, its status, creating a key, aliases, and the Encrypt/Decrypt proof. */
final class KeyOperations {
    private static final Map<String, String> CHECK_CONTEXT = Map.of("purpose", "byok-wizard-import-check");

    private final KmsConnection connection;

    KeyOperations(KmsConnection connection) {
        this.connection = connection;
    }

    CallerIdentity whoAmI() {
        GetCallerIdentityResponse identity = connection.call("GetCallerIdentity", "",
                () -> connection.sts().getCallerIdentity());
        return CallerIdentity.of(identity.account(), identity.arn());
    }

    CallerIdentity account(String account) {
        if (!account.matches("\\d{12}")) {
            throw new ByokException("Account '" + account + "' is not an AWS account id (12 digits).");
        }
        String partition = connection.partition();
        return new CallerIdentity(account, "arn:" + partition + ":iam::" + account + ":root", partition);
    }

    KeyInfo describe(String keyRef) {
        if (keyRef == null || keyRef.isBlank()) {
            throw new ByokException("No key was given. Give a key id, key ARN or alias (--key-id).");
        }
        return KeyInfo.of(connection.call("DescribeKey", keyRef,
                () -> connection.client().describeKey(b -> b.keyId(keyRef))).keyMetadata());
    }

    Optional<KeyInfo> describeIfExists(String keyRef) {
        return connection.call("DescribeKey", keyRef, () -> {
            try {
                return Optional.of(KeyInfo.of(connection.client().describeKey(b -> b.keyId(keyRef)).keyMetadata()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    KeyStatus status(String keyRef) {
        KeyInfo key = describe(keyRef);
        List<String> notes = new ArrayList<>();
        List<String> aliases = listedOrNoted(() -> aliases(key), "Aliases", notes);
        List<KeyMaterialInfo> materials = listedOrNoted(() -> materials(key), "Key materials", notes);
        return new KeyStatus(key, aliases, materials, List.copyOf(notes), connection.clock().instant());
    }

    /** The list, or an empty one with the reason noted when KMS would not list it (cancelling still cancels). */
    private static <T> List<T> listedOrNoted(Supplier<List<T>> list, String what, List<String> notes) {
        try {
            return list.get();
        } catch (KmsCancelledException e) {
            throw e;
        } catch (ByokException e) {
            notes.add(what + " not listed: " + e.getMessage());
            return List.of();
        }
    }

    List<KeyMaterialInfo> materials(KeyInfo key) {
        return connection.call("ListKeyRotations", key.arn(), () -> connection.client()
                .listKeyRotationsPaginator(b -> b.keyId(key.arn()).includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL))
                .rotations().stream().map(KeyMaterialInfo::of).toList());
    }

    List<String> aliases(KeyInfo key) {
        return connection.call("ListAliases", key.arn(), () -> connection.client()
                .listAliasesPaginator(b -> b.keyId(key.keyId())).aliases().stream().map(AliasListEntry::aliasName)
                .sorted().toList());
    }

    /**
     * CreateKey without a policy unless one was given: KMS then applies its default key policy (the account's root
     * principal, kms:*), which needs no STS call and no kms:PutKeyPolicy. The alias follows once KMS sees the key.
     */
    CreatedKey createKey(NewKey request) {
        request.alias().ifPresent(alias -> describeIfExists(alias).ifPresent(existing -> {
            throw new ByokException("Alias " + alias + " already points to key " + existing.arn() + ". Choose another "
                    + "alias; to point it at the new key afterwards, use 'kms move-alias'. No key was created.");
        }));
        List<Tag> tags = request.tags().entrySet().stream()
                .map(t -> Tag.builder().tagKey(t.getKey()).tagValue(t.getValue()).build()).toList();
        KeyInfo key = KeyInfo.of(connection.call("CreateKey", "", () -> connection.client().createKey(b -> b
                .origin(OriginType.EXTERNAL).keySpec(KeySpec.SYMMETRIC_DEFAULT).keyUsage(KeyUsageType.ENCRYPT_DECRYPT)
                .multiRegion(request.multiRegion()).description(request.description().orElse(null))
                .policy(request.policy().orElse(null)).tags(tags.isEmpty() ? null : tags))).keyMetadata());
        request.alias().ifPresent(alias -> {
            try {
                connection.propagation().retry(Propagation.NOT_FOUND_YET, () -> createAlias(alias, key));
            } catch (KmsCancelledException e) {
                throw e;
            } catch (ByokException e) {
                throw new ByokException("Key " + key.arn() + " was created, but alias " + alias + " was not: "
                        + e.getMessage() + " Add the alias with 'kms move-alias --alias " + alias + " --key-id "
                        + key.arn() + "'.", e);
            }
        });
        String policy = request.policy().orElseGet(() -> KeyPolicy.rootOnly(KeyPolicy.rootPrincipal(key)));
        return new CreatedKey(key, request.alias(), policy, request.policy().isEmpty());
    }

    /** DescribeKey, waiting (within the propagation limit) for a key or alias that was just created to be found. */
    KeyInfo describeNew(String keyRef) {
        return connection.propagation().retry(Propagation.NOT_FOUND_YET, () -> describe(keyRef));
    }

    AliasMove moveAlias(String alias, String keyRef) {
        String name = Aliases.normalize(alias);
        KeyInfo target = describeNew(keyRef);
        Optional<KeyInfo> before = describeIfExists(name);
        if (before.isPresent() && before.get().arn().equals(target.arn())) {
            return new AliasMove(name, target, Optional.of(target.arn()));
        }
        if (before.isPresent()) {
            connection.call("UpdateAlias", name, () -> connection.client()
                    .updateAlias(b -> b.aliasName(name).targetKeyId(target.keyId())));
        } else {
            connection.propagation().retry(Propagation.NOT_FOUND_YET, () -> createAlias(name, target));
        }
        return new AliasMove(name, target, before.map(KeyInfo::arn));
    }

    private Object createAlias(String alias, KeyInfo key) {
        return connection.call("CreateAlias", alias, () -> connection.client()
                .createAlias(b -> b.aliasName(alias).targetKeyId(key.keyId())));
    }

    void roundTrip(KeyInfo key) {
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        SdkBytes ciphertext = connection.call("Encrypt", key.arn(), () -> connection.client().encrypt(b -> b
                .keyId(key.arn()).plaintext(SdkBytes.fromByteArray(probe)).encryptionContext(CHECK_CONTEXT)))
                .ciphertextBlob();
        byte[] back = connection.call("Decrypt", key.arn(), () -> connection.client().decrypt(b -> b.keyId(key.arn())
                .ciphertextBlob(ciphertext).encryptionContext(CHECK_CONTEXT))).plaintext().asByteArray();
        if (!Arrays.equals(probe, back)) {
            throw new ByokException("Key " + key.arn() + " decrypted a test ciphertext to different bytes. Do not use "
                    + "the key; check it with 'kms status' and contact AWS support.");
        }
    }
}
