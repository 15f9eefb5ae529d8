package com.netcore.byok.ui.wizard;

import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.Passwords;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Sign the receipt with my identity" on the review step: the identity file, and the password, which stays in
 * the view's wipeable field until the wrap copies it, opens the identity and wipes the copy.
 */
public final class ReceiptSigningModel {
    /** Where the password is typed: a wipeable field. */
    public interface PasswordSource {
        /** A copy of the typed characters; the caller wipes it. */
        char[] copy();

        void wipe();
    }

    private final BooleanProperty sign = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Path> identityFile = new ReadOnlyObjectWrapper<>();
    private PasswordSource password = new PasswordSource() {
        @Override
        public char[] copy() {
            return new char[0];
        }

        @Override
        public void wipe() {
        }
    };

    void bindPassword(PasswordSource source) {
        this.password = source;
    }

    public void chooseIdentity(Path p12) {
        identityFile.set(p12);
    }

    /**
     * On the FX thread, when the wrap starts: what the worker needs to open the identity, or nothing when the
     * receipt is not to be signed. The typed password is copied and the field wiped.
     */
    Identity take() {
        if (!sign.get()) {
            return new Identity(null, null);
        }
        char[] typed = password.copy();
        password.wipe();
        return new Identity(identityFile.get(), typed);
    }

    /** The identity to open on the worker thread; {@link #open} wipes the password whatever happens. */
    record Identity(Path file, char[] password) {
        /** Opens the identity (null when not signing); refuses a missing file or password before any key is used. */
        SigningIdentity open() {
            if (password == null) {
                return null;
            }
            try {
                if (file == null) {
                    throw new ByokException(Messages.get("signing.noIdentity"));
                }
                if (password.length == 0) {
                    throw new ByokException(Messages.get("signing.noPassword"));
                }
                return SignedHandOff.openIdentity(file, password);
            } finally {
                Passwords.wipe(password);
            }
        }
    }

    void reset() {
        sign.set(false);
        identityFile.set(null);
        password.wipe();
    }

    public BooleanProperty signProperty() {
        return sign;
    }

    public ReadOnlyObjectProperty<Path> identityFileProperty() {
        return identityFile.getReadOnlyProperty();
    }
}
