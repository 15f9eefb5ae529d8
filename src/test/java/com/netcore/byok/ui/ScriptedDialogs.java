package com.netcore.byok.ui;

import com.netcore.byok.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the wizard's dialogs from a script, and records what was asked. */
public final class ScriptedDialogs implements Dialogs {
    private final Deque<Path> folders = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    public ScriptedDialogs folder(Path folder) {
        folders.add(folder);
        return this;
    }

    public ScriptedDialogs file(Path file) {
        files.add(file);
        return this;
    }

    public ScriptedDialogs confirm(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        asked.add("folder: " + title);
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseFile(Window owner, String title) {
        asked.add("file: " + title);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirm(Window owner, String title, String message, String confirmText) {
        asked.add("confirm: " + title);
        Boolean answer = confirmations.poll();
        if (answer == null) {
            throw new AssertionError("unexpected confirmation: " + title + ": " + message);
        }
        return answer;
    }
}
