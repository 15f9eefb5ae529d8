package com.netcore.byok.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Adds to a command only the subcommand a run names, so that a run builds the picocli model of that one
 * command instead of all of them (building each costs start-up time). The help command, an unknown name
 * or no name adds all of them, so that usage lists everything and a typo gets suggestions.
 */
final class LazySubcommands {
    private LazySubcommands() {
    }

    /**
     * Adds the needed ones of {@code subcommands} to {@code command}, looking for the name from {@code args[from]}
     * on; then does the same for a subcommand group among them, with the arguments after its name.
     */
    static void add(CommandLine command, List<Class<?>> subcommands, String[] args, int from) {
        int at = firstName(args, from);
        Optional<Class<?>> named = at < 0 ? Optional.empty()
                : subcommands.stream().filter(c -> nameOf(c).equals(args[at]))
                        .filter(c -> c != CommandLine.HelpCommand.class).findFirst();
        for (Class<?> type : named.map(List::<Class<?>>of).orElse(subcommands)) {
            CommandLine sub = new CommandLine(type);
            command.addSubcommand(nameOf(type), sub);
            if (type == KmsCommand.class) {
                add(sub, KmsCommand.SUBCOMMANDS, args, named.isPresent() ? at + 1 : args.length);
            }
        }
    }

    /** The index of the first argument that is not an option, or -1 (also for an @argument-file, read later). */
    private static int firstName(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (args[i].startsWith("@")) {
                return -1;
            }
            if (!args[i].startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    private static String nameOf(Class<?> type) {
        return type.getAnnotation(Command.class).name();
    }
}
