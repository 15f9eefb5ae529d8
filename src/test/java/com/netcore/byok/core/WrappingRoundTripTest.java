package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.TestKeys;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WrappingRoundTripTest {
    static Stream<Arguments> everyAlgorithmAndKeySize() {
        return Stream.of(WrappingAlgorithm.values())
                .flatMap(a -> Stream.of(2048, 3072, 4096).map(bits -> Arguments.of(a, bits)));
    }

    @ParameterizedTest(name = "{0} under RSA-{1}")
    @MethodSource("everyAlgorithmAndKeySize")
    void unwrapsToTheSameKey(WrappingAlgorithm algorithm, int bits) throws Exception {
        KeyPair pair = TestKeys.rsa(bits);
        SecureRandom random = new SecureRandom();
        byte[] expected = new byte[32];
        random.nextBytes(expected);
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(expected)) {
            byte[] wrapped = algorithm.wrap((RSAPublicKey) pair.getPublic(), key, random);

            assertThat(wrapped).hasSize(algorithm.wrappedLength(bits / 8));
            assertThat(TestKeys.unwrap(algorithm.name(), pair.getPrivate(), bits / 8, wrapped)).isEqualTo(expected);
            // OAEP is randomized: the same key never gives the same bytes twice
            assertThat(algorithm.wrap((RSAPublicKey) pair.getPublic(), key, random)).isNotEqualTo(wrapped);
        }
    }
}
