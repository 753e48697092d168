package org.attune.session;

import java.io.IOException;
import java.nio.file.Path;

/** Another attune process has this session open: two windows answering one session would overwrite each other. */
public final class SessionInUseException extends IOException {

    SessionInUseException(Path file) {
        super("this session is open in another attune window (" + file + "); finish or stop it there first");
    }
}
