package com.netcore.byok.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** All user-visible text of the window, from one resource bundle (English). */
public final class Messages {
    public static final String BUNDLE = "com.netcore.byok.ui.messages";
    private static final ResourceBundle RESOURCES = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return RESOURCES;
    }

    /** The text for {@code key}; {@code {0}}-style arguments are filled in when given. */
    public static String get(String key, Object... args) {
        String text = RESOURCES.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, Locale.ENGLISH).format(args);
    }
}
