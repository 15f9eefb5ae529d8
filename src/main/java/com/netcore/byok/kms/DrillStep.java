package com.netcore.byok.kms;

/** One step of a {@link Drill}: its number, what it did, the permissions it used, and how it went. */
public record DrillStep(int number, String title, String permissions, boolean worked, String detail) {

    /** The line the command prints and the operator tab shows. */
    public String line() {
        return String.format("%2d. %-4s %s [%s]%s", number, worked ? "ok" : "FAIL", title, permissions,
                detail.isEmpty() ? "" : ": " + detail);
    }
}
