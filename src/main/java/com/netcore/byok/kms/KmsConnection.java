package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One connection to KMS in one region: the region, the credentials, the KMS and STS clients, and the
 * cancellable call every operation goes through. Nothing is sent until the first call; close it when done.
 */
public final class KmsConnection implements AutoCloseable {
    static final String NO_REGION = "No AWS region is set. Give --region (for example eu-west-1), set AWS_REGION (or "
            + "AWS_DEFAULT_REGION), or add region to the profile in ~/.aws/config.";
    /** In the China Regions a SYMMETRIC_DEFAULT key is SM4 (128-bit), not the 256-bit AES key the customer makes. */
    static final String CHINA_REGION = "Region %s is in AWS China, where a SYMMETRIC_DEFAULT KMS key is 128-bit SM4 and "
            + "the wrapping algorithms differ, but the customer side makes 256-bit AES keys only; nothing was sent. "
            + "Use a Region outside China.";
    /** Connecting gives up after this; a KMS answer may take up to {@link #READ_TIMEOUT}. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final Region region;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final ClientOverrideConfiguration override;
    private final KmsClient client;
    private final KmsErrors errors;
    private final ExecutorService calls;
    private final Clock clock;
    private final KmsSettings settings;
    private StsClient sts;

    private final Propagation propagation = new Propagation();

    private KmsConnection(KmsSettings settings, Clock clock, AwsCliEnvironment environment) {
        this.clock = clock;
        this.settings = settings;
        this.region = resolveRegion(settings, environment);
        this.errors = new KmsErrors(region.id(), settings.endpoint().map(URI::toString)
                .orElse("the KMS endpoint of " + region.id()));
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(READ_TIMEOUT).build();
        try {
            this.credentials = settings.profile()
                    .<AwsCredentialsProvider>map(p -> ProfileCredentialsProvider.builder().profileName(p).build())
                    .orElseGet(() -> DefaultCredentialsProvider.builder().build());
            ClientOverrideConfiguration.Builder config = ClientOverrideConfiguration.builder()
                    .retryStrategy(retryStrategy(settings, environment));
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
    public static KmsConnection open(KmsSettings settings, Clock clock) {
        return open(settings, clock, AwsCliEnvironment.system());
    }

    /** As {@link #open(KmsSettings, Clock)}, with the AWS CLI's environment variables given. */
    public static KmsConnection open(KmsSettings settings, Clock clock, AwsCliEnvironment environment) {
        return new KmsConnection(settings, clock, environment);
    }

    public String region() {
        return region.id();
    }

    /** The AWS partition of the region (aws, aws-cn, aws-us-gov...); "aws" for a region unknown to the SDK. */
    public String partition() {
        return Optional.ofNullable(region.metadata()).map(m -> m.partition().id()).orElse("aws");
    }

    public Clock clock() {
        return clock;
    }

    /** How long to wait for KMS to show a change it accepted (eventual consistency). */
    Propagation propagation() {
        return propagation;
    }

    /** The settings this connection was opened with (for a connection to another Region). */
    KmsSettings settings() {
        return settings;
    }

    KmsClient client() {
        return client;
    }

    synchronized StsClient sts() {
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
        synchronized (this) {
            if (sts != null) {
                sts.close();
            }
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

    private static RetryStrategy retryStrategy(KmsSettings settings, AwsCliEnvironment environment) {
        RetryStrategy strategy = AwsRetryStrategy.forRetryMode(environment.retryMode(settings.profile()));
        return environment.maxAttempts(settings.profile()).<RetryStrategy>map(attempts -> strategy.toBuilder()
                .maxAttempts(attempts).build()).orElse(strategy);
    }

    private static Region resolveRegion(KmsSettings settings, AwsCliEnvironment environment) {
        String name = settings.region().or(environment::region).orElseGet(() -> {
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
        if (name.startsWith("cn-")) {
            throw new ByokException(CHINA_REGION.formatted(name));
        }
        Region region = Region.of(name);
        if (region.metadata() == null && settings.endpoint().isEmpty()
                && !environment.kmsEndpointConfigured(settings.profile())) {
            throw new ByokException("Unknown AWS region '" + name + "'. Check --region (or AWS_REGION, or the "
                    + "profile's region): regions look like eu-west-1 or us-east-1. For a Region newer than this tool, "
                    + "also give --endpoint-url https://kms." + name + ".amazonaws.com.");
        }
        return region;
    }
}
