package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** Identity passwords as wipeable {@code char[]}: read from a file, checked when new. Never from a String. */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    private static final int MAX_FILE_BYTES = 4096;

    private Passwords() {
    }

    /** The first line of {@code file}, without its line end; the caller wipes the result. */
    public static char[] readFile(Path file) {
        String what = "Password file " + file;
        byte[] bytes = SafeFiles.readSmall(file, what, MAX_FILE_BYTES);
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw new ByokException(what + " is empty or starts with an empty line. Put the password on its "
                        + "first line.");
            }
            char[] password = new char[end];
            chars.get(0, password);
            return password;
        } catch (CharacterCodingException e) {
            throw new ByokException(what + " is not UTF-8 text. Save the password as plain text.");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    /** Refuses a new identity password that is too short; {@code what} names where it came from. */
    public static void checkNew(char[] password, String what) {
        if (password.length < MIN_LENGTH) {
            throw new ByokException(what + " is " + password.length + " characters long; an identity's password "
                    + "needs at least " + MIN_LENGTH + ". Choose a longer one.");
        }
    }

    /** True when both were typed the same; compares in constant time. */
    public static boolean same(char[] first, char[] second) {
        int diff = first.length ^ second.length;
        for (int i = 0; i < Math.min(first.length, second.length); i++) {
            diff |= first[i] ^ second[i];
        }
        return diff == 0;
    }

    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
