package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The settings the AWS CLI takes from the environment and the profile, where the AWS SDK alone differs:
 * {@code AWS_DEFAULT_REGION} when {@code AWS_REGION} is unset; the retry mode and attempts from
 * {@code AWS_RETRY_MODE}/{@code AWS_MAX_ATTEMPTS} or the profile's {@code retry_mode}/{@code max_attempts};
 * a KMS endpoint from {@code AWS_ENDPOINT_URL(_KMS)} or the profile's {@code endpoint_url} or its
 * {@code services} section. The environment is a map so that tests can give one.
 */
public final class AwsCliEnvironment {
    private final Map<String, String> env;
    private final Supplier<ProfileFile> profiles;

    private AwsCliEnvironment(Map<String, String> env, Supplier<ProfileFile> profiles) {
        this.env = Map.copyOf(env);
        this.profiles = profiles;
    }

    public static AwsCliEnvironment system() {
        return of(System.getenv());
    }

    /** These variables instead of the process environment; profiles from the usual files. */
    public static AwsCliEnvironment of(Map<String, String> env) {
        return new AwsCliEnvironment(env, ProfileFile::defaultProfileFile);
    }

    /** AWS_REGION, else AWS_DEFAULT_REGION; empty when neither is set (the profile's region comes later). */
    Optional<String> region() {
        return variable("AWS_REGION").or(() -> variable("AWS_DEFAULT_REGION"));
    }

    /** The retry mode the AWS CLI would use: AWS_RETRY_MODE, the profile's retry_mode, else standard. */
    RetryMode retryMode(Optional<String> profileName) {
        String mode = variable("AWS_RETRY_MODE").or(() -> property(profileName, "retry_mode")).orElse("standard");
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "standard" -> RetryMode.STANDARD;
            case "legacy" -> RetryMode.LEGACY;
            case "adaptive" -> RetryMode.ADAPTIVE_V2;
            default -> throw new ByokException("Retry mode '" + mode + "' (AWS_RETRY_MODE or the profile's retry_mode) "
                    + "is not one the AWS CLI knows. Use standard, adaptive or legacy.");
        };
    }

    /** AWS_MAX_ATTEMPTS, else the profile's max_attempts (attempts in all, the first one included). */
    Optional<Integer> maxAttempts(Optional<String> profileName) {
        return variable("AWS_MAX_ATTEMPTS").or(() -> property(profileName, "max_attempts")).map(text -> {
            try {
                int attempts = Integer.parseInt(text.strip());
                if (attempts >= 1) {
                    return attempts;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new ByokException("Max attempts '" + text + "' (AWS_MAX_ATTEMPTS or the profile's max_attempts) is "
                    + "not a whole number of at least 1. Set it like 3, or leave it unset.");
        });
    }

    /** True when a KMS endpoint is configured outside --endpoint-url, as the AWS CLI would find it. */
    boolean kmsEndpointConfigured(Optional<String> profileName) {
        return variable("AWS_ENDPOINT_URL_KMS").isPresent() || variable("AWS_ENDPOINT_URL").isPresent()
                || System.getProperty("aws.endpointUrlKms") != null || System.getProperty("aws.endpointUrl") != null
                || property(profileName, "endpoint_url").isPresent() || servicesEndpoint(profileName).isPresent();
    }

    /** {@code services = NAME} in the profile, then {@code [services NAME]} with {@code kms = endpoint_url = URL}. */
    private Optional<String> servicesEndpoint(Optional<String> profileName) {
        Optional<String> sectionName = property(profileName, "services");
        if (sectionName.isEmpty()) {
            return Optional.empty();
        }
        Optional<Profile> section = profileFile().flatMap(file -> file.getSection("services", sectionName.get()));
        return section.flatMap(s -> s.property("kms.endpoint_url").or(() -> s.property("kms")
                .flatMap(AwsCliEnvironment::nestedEndpoint))).filter(url -> !url.isBlank());
    }

    private static Optional<String> nestedEndpoint(String block) {
        return block.lines().map(String::strip).filter(line -> line.startsWith("endpoint_url"))
                .map(line -> line.substring(line.indexOf('=') + 1).strip()).findFirst();
    }

    /** The profile in use: the one given, else AWS_PROFILE, else "default". */
    String profileName(Optional<String> given) {
        return given.or(() -> variable("AWS_PROFILE")).orElse("default");
    }

    private Optional<String> property(Optional<String> profileName, String name) {
        return profileFile().flatMap(file -> file.profile(profileName(profileName))).flatMap(p -> p.property(name))
                .filter(value -> !value.isBlank());
    }

    private Optional<ProfileFile> profileFile() {
        try {
            return Optional.of(profiles.get());
        } catch (RuntimeException e) { // an unreadable file: the SDK names it when it reads credentials
            return Optional.empty();
        }
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
