package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where and as whom to reach KMS. Each value given here wins; what is left empty comes from the AWS SDK's
 * own chains, as in the AWS CLI: {@code AWS_REGION}, {@code AWS_PROFILE}, {@code ~/.aws/config} and
 * {@code ~/.aws/credentials} (SSO and assume-role profiles included), {@code AWS_ENDPOINT_URL_KMS}.
 */
public record KmsSettings(Optional<String> region, Optional<String> profile, Optional<URI> endpoint) {

    public static KmsSettings defaults() {
        return new KmsSettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** From command-line style text; null or blank means "not given". */
    public static KmsSettings of(String region, String profile, String endpointUrl) {
        return new KmsSettings(given(region), given(profile), given(endpointUrl).map(KmsSettings::endpoint));
    }

    /** The same profile and endpoint in another Region (the endpoint, when given, serves every Region). */
    public KmsSettings inRegion(String otherRegion) {
        return new KmsSettings(Optional.of(otherRegion), profile, endpoint);
    }

    public KmsSettings withEndpoint(URI uri) {
        return new KmsSettings(region, profile, Optional.of(uri));
    }

    static URI endpoint(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ByokException("Endpoint URL '" + text + "' is not an http(s) URL. Give it like "
                    + "https://kms.eu-west-1.amazonaws.com, or leave --endpoint-url out to use AWS's own endpoint.");
        }
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
