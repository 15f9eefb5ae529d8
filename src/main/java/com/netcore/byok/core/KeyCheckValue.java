package com.netcore.byok.core;

import java.util.Arrays;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Key check value as PCI PIN / ANSI X9.24-1 and AWS Payment Cryptography define it for AES:
 * AES-CMAC over one block of zero bytes, leftmost 3 bytes, upper-case hex.
 */
public final class KeyCheckValue {
    public static final String LABEL = "KCV (AES-CMAC)";
    private static final int KCV_BYTES = 3;

    private KeyCheckValue() {
    }

    static String of(byte[] key) {
        byte[] mac = cmacOfZeroBlock(key);
        try {
            return Hex.upper(Arrays.copyOf(mac, KCV_BYTES));
        } finally {
            Arrays.fill(mac, (byte) 0);
        }
    }

    static byte[] cmac(byte[] key, byte[] message) {
        KeyParameter keyParameter = new KeyParameter(key);
        try {
            CMac cmac = new CMac(AESEngine.newInstance());
            cmac.init(keyParameter);
            cmac.update(message, 0, message.length);
            byte[] out = new byte[cmac.getMacSize()];
            cmac.doFinal(out, 0);
            return out;
        } finally {
            Arrays.fill(keyParameter.getKey(), (byte) 0); // BC copies the key; wipe its copy
        }
    }

    private static byte[] cmacOfZeroBlock(byte[] key) {
        return cmac(key, new byte[16]);
    }
}
