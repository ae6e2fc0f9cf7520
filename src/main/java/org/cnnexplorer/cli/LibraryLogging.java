package org.cnnexplorer.cli;

/**
 * How much the libraries log (ND4J, DL4J, through slf4j-simple): warnings only, as
 * {@code simplelogger.properties} says, or with {@code --verbose} their INFO lines too (backend,
 * BLAS vendor, build information). Takes effect only before the first logger is made, that is
 * before ND4J loads; a level given with {@code -D} on the java command line is kept.
 */
final class LibraryLogging {

    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String VERBOSE = "--verbose";

    private LibraryLogging() {
    }

    static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty(LEVEL_PROPERTY, "info");
        } else if (System.getProperty(LEVEL_PROPERTY) == null) {
            System.setProperty(LEVEL_PROPERTY, "warn");
        }
    }
}
