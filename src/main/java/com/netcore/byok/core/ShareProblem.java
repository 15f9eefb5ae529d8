package com.netcore.byok.core;

/** A problem found while scanning share text; {@code incomplete} when typing on could still resolve it. */
record ShareProblem(String message, int line, int group, boolean incomplete, boolean unsupported) {
    static ShareProblem at(int line, String message) {
        return new ShareProblem(message, line, 0, false, false);
    }

    static ShareProblem typing(int line, String message) {
        return new ShareProblem(message, line, 0, true, false);
    }
}
