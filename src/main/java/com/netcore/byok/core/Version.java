package com.netcore.byok.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build. */
public final class Version {
    public static final String NAME = "BYOK Wizard";
    private static final String VERSION = load();

    private Version() {
    }

    public static String number() {
        return VERSION;
    }

    /** e.g. "BYOK Wizard 0.1.0". */
    public static String full() {
        return NAME + " " + VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/com/netcore/byok/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
