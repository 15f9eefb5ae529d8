package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WrappingPublicKeyTest {
    private static final KeyPair PAIR = TestKeys.rsa(2048);
    private static final byte[] DER = PAIR.getPublic().getEncoded();

    private static WrappingPublicKey parse(byte[] content) {
        return WrappingPublicKey.parse(content, "Wrapping public key file w.bin");
    }

    @Test
    void readsDerPemAndBase64AsTheSameKeyWithTheDerFingerprint() {
        WrappingPublicKey der = parse(DER);
        WrappingPublicKey pem = parse(TestKeys.publicPem(PAIR).getBytes(StandardCharsets.US_ASCII));
        WrappingPublicKey base64 = parse((Base64.getMimeEncoder().encodeToString(DER) + "\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(der.bits()).isEqualTo(2048);
        assertThat(der.keySpec()).isEqualTo("RSA_2048");
        assertThat(der.fingerprint()).isEqualTo(Params.sha256(DER)).hasSize(64);
        assertThat(pem.fingerprint()).isEqualTo(der.fingerprint());
        assertThat(base64.fingerprint()).isEqualTo(der.fingerprint());
        assertThat(der.fingerprintGrouped()).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
        assertThat(der.der()).isEqualTo(DER);
    }

    @Test
    void refusesWhatIsNotAnRsaWrappingKey() throws Exception {
        assertThatThrownBy(() -> parse(new byte[0])).hasMessageContaining("is empty");
        assertThatThrownBy(() -> parse(Arrays.copyOf(DER, 100))).hasMessageContaining("truncated");
        assertThatThrownBy(() -> parse(new byte[] {(byte) 0x80, 1, 2, 3})).hasMessageContaining("is not a key");
        assertThatThrownBy(() -> parse(PAIR.getPrivate().getEncoded())).hasMessageContaining("is a PKCS#8 private key");
        assertThatThrownBy(() -> parse(TestKeys.privatePem(PAIR).getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("is a private key (PEM PRIVATE KEY)");
        var ec = java.security.KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        assertThatThrownBy(() -> parse(ec.generateKeyPair().getPublic().getEncoded()))
                .hasMessageContaining("is an elliptic-curve (EC) public key");
        var small = java.security.KeyPairGenerator.getInstance("RSA");
        small.initialize(1024);
        assertThatThrownBy(() -> parse(small.generateKeyPair().getPublic().getEncoded()))
                .hasMessageContaining("holds a 1024-bit RSA key");
        byte[] trailing = Arrays.copyOf(DER, DER.length + 3);
        assertThatThrownBy(() -> parse(trailing)).hasMessageContaining("3 unexpected bytes after the key");
        assertThatThrownBy(() -> parse("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".getBytes()))
                .hasMessageContaining("is an X.509 certificate");
        assertThatThrownBy(() -> parse("ssh-rsa AAAAB3NzaC1yc2E user@host\n".getBytes()))
                .hasMessageContaining("OpenSSH public key");
        assertThatThrownBy(() -> parse("hello, this is not a key\n".getBytes()))
                .hasMessageContaining("neither PEM nor base64");
    }

    private static byte[] rsaDer(java.math.BigInteger modulus, long exponent) throws Exception {
        return java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.RSAPublicKeySpec(
                modulus, java.math.BigInteger.valueOf(exponent))).getEncoded();
    }

    @Test
    void acceptsOnlyWhatKmsIssuesSizesExponentAndOddModulus() throws Exception {
        java.math.BigInteger modulus2048 = ((java.security.interfaces.RSAPublicKey) PAIR.getPublic()).getModulus();
        java.math.BigInteger odd2500 = java.math.BigInteger.ONE.shiftLeft(2499).setBit(0).setBit(77);
        assertThatThrownBy(() -> parse(rsaDer(odd2500, 65537)))
                .hasMessage("Wrapping public key file w.bin holds a 2500-bit RSA key. AWS KMS wrapping keys are exactly "
                        + "2048, 3072 or 4096 bits; this is not a KMS wrapping key. Ask the operator for "
                        + "WrappingPublicKey.bin again.");
        assertThatThrownBy(() -> parse(rsaDer(modulus2048, 3)))
                .hasMessageContaining("holds an RSA key with public exponent 3; AWS KMS wrapping keys always use 65537");
        assertThatThrownBy(() -> parse(rsaDer(modulus2048.clearBit(0), 65537)))
                .hasMessageContaining("holds an RSA key with an even modulus");
        assertThat(parse(rsaDer(modulus2048, 65537)).keySpec()).isEqualTo("RSA_2048");
    }
}
