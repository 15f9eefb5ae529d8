package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.Passwords;
import java.io.Console;
import java.nio.file.Path;

/** An identity's password: from {@code --password-file}, or typed on the terminal; never from the command line. */
final class PasswordInput {
    private PasswordInput() {
    }

    /** The password to open an identity; the caller wipes it. */
    static char[] existing(Path passwordFile, String prompt) {
        if (passwordFile != null) {
            return Passwords.readFile(passwordFile);
        }
        char[] typed = console().readPassword("%s", prompt);
        if (typed == null || typed.length == 0) {
            Passwords.wipe(typed);
            throw new ByokException("No password was typed. Type the identity's password, or give --password-file.");
        }
        return typed;
    }

    /** A new identity's password, typed twice on the terminal (or read from the file); the caller wipes it. */
    static char[] fresh(Path passwordFile) {
        if (passwordFile != null) {
            char[] password = Passwords.readFile(passwordFile);
            checkNew(password, "The password in " + passwordFile);
            return password;
        }
        Console console = console();
        char[] first = console.readPassword("New password for the identity (at least %d characters): ",
                Passwords.MIN_LENGTH);
        checkNew(first == null ? new char[0] : first, "The password typed");
        char[] second = console.readPassword("Type it again: ");
        try {
            if (second == null || !Passwords.same(first, second)) {
                Passwords.wipe(first);
                throw new ByokException("The two passwords typed differ. Nothing was written; run the command again.");
            }
            return first;
        } finally {
            Passwords.wipe(second);
        }
    }

    private static void checkNew(char[] password, String what) {
        try {
            Passwords.checkNew(password, what);
        } catch (ByokException tooShort) {
            Passwords.wipe(password);
            throw tooShort;
        }
    }

    private static Console console() {
        Console console = System.console();
        if (console == null) {
            throw new ByokException("There is no terminal to type the identity's password on. Give "
                    + "--password-file FILE (a file with the password on its first line).");
        }
        return console;
    }
}
