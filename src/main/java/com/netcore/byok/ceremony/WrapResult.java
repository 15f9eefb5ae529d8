package com.netcore.byok.ceremony;

import com.netcore.byok.core.WrappedKeyFiles;
import java.nio.file.Path;
import java.util.List;

/** What a wrap wrote: the three files (per parameter set), and the custodians' share files when the key was split. */
public record WrapResult(List<WrappedKeyFiles.Written> writtenPerParameterSet, List<Path> shareFiles) {

    public WrapResult {
        writtenPerParameterSet = List.copyOf(writtenPerParameterSet);
        shareFiles = List.copyOf(shareFiles);
    }

    /** The files written for the first (with one Region, the only) parameter set. */
    public WrappedKeyFiles.Written written() {
        return writtenPerParameterSet.get(0);
    }
}
