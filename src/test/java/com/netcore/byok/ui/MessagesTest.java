package com.netcore.byok.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.operator.OperatorModel;
import com.netcore.byok.ui.wizard.WizardModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key used in FXML or code exists in the bundle, and the bundle holds no unused key. */
class MessagesTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern TERNARY_KEYS = Pattern.compile("Messages\\.get\\([^;]*?\\?\\s*\"([a-zA-Z0-9_.]+)\"\\s*:\\s*\"([a-zA-Z0-9_.]+)\"");

    static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".fxml") && !name.endsWith(".java")) {
                    continue;
                }
                String text = Files.readString(file);
                collect(name.endsWith(".fxml") ? FXML_KEY : CODE_KEY, text, used);
                Matcher ternary = TERNARY_KEYS.matcher(text);
                while (ternary.find()) {
                    used.add(ternary.group(1));
                    used.add(ternary.group(2));
                }
            }
        }
        // keys built from enum names: "step." + step
        used.removeIf(key -> key.endsWith("."));
        Arrays.stream(WizardModel.Step.values()).forEach(s -> used.add("step." + s.name().toLowerCase()));
        Arrays.stream(OperatorModel.Action.values()).forEach(a -> used.add("operator.action." + a.name().toLowerCase()));
        return used;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    @Test
    void everyKeyUsedExistsAndNoneIsUnused() throws IOException {
        Set<String> defined = new TreeSet<>(Messages.bundle().keySet());
        Set<String> used = usedKeys();

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);

        assertThat(missing).as("keys used but not in messages.properties").isEmpty();
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
        assertThat(used).hasSizeGreaterThan(50);
    }
}
