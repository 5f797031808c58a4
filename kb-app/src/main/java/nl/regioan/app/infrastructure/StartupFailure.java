package nl.regioan.app.infrastructure;

import java.util.logging.Logger;

/**
 * Stops the process when the application cannot work without what failed at start (the database):
 * a server without it would only answer with errors. One log line, then exit code 3.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure() {
    }

    /** Logs {@code message}, exits unless {@code exit} is false, and throws so the deployment fails. */
    public static IllegalStateException stop(String message, boolean exit) {
        LOG.severe(message);
        if (exit) {
            // Exit from another thread: this one holds the deployment, which the shutdown hooks wait for.
            new Thread(() -> System.exit(3), "exit-on-startup-failure").start();
        }
        return new IllegalStateException(message);
    }
}
