package com.netcore.byok.cli;

import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.ShareSet;
import com.netcore.byok.paper.ShareFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shares check}: custodians' drill, without wrapping anything. */
@Command(name = "shares", mixinStandardHelpOptions = true,
        description = {"Work with the key shares that 'wrap --split' wrote."},
        subcommands = {SharesCommand.Check.class, CommandLine.HelpCommand.class})
final class SharesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check share files or QR images: each one's checksums, that they belong to one key and "
                    + "split, and, when enough are given, that they restore the key with the KCV on the sheets. "
                    + "The key is rebuilt in memory only and never written; nothing is wrapped.",
                    "A drill for custodians: bring the shares, run this, compare the KCV with the receipt."},
            footerHeading = "%nExamples:%n",
            footer = {"  byok-wizard shares check /media/usb/share-2-of-5.txt",
                    "  byok-wizard shares check share-1-of-5.txt share-3-of-5.txt scan-of-sheet-4.png"})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*",
                description = "Share files (share-I-of-N.txt, or typed from a sheet) or PNG/JPEG images of QR codes.")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ShareSet set = new ShareSet()) {
                for (Path file : files) {
                    KeyShare share = ShareFiles.read(file);
                    String line = "OK: " + file + ": share " + share.number() + " of " + share.scheme().count()
                            + ", " + share.scheme().threshold() + " needed"
                            + (share.custodian().isEmpty() ? "" : ", custodian " + share.custodian())
                            + ", key KCV " + share.kcv();
                    set.add(share, "Share file " + file);
                    out.println(line);
                }
                if (!set.complete()) {
                    out.println("The " + (set.size() == 1 ? "share is" : set.size() + " shares are") + " sound"
                            + (set.size() == 1 ? "" : " and belong together") + ". Restoring the key needs "
                            + set.missing() + " more share" + (set.missing() == 1 ? "" : "s") + " of the "
                            + set.scheme().count() + ".");
                } else {
                    AssembledKey restored = set.restore();
                    try (SecretKeyMaterial key = restored.key()) {
                        out.println("Key " + restored.source().describe() + ": KCV (AES-CMAC) " + key.kcv()
                                + ", as the shares say. Compare it with the wrap receipt. Nothing was written.");
                    }
                }
            }
            out.flush();
            return 0;
        }
    }
}
