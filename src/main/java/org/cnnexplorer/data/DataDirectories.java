package org.cnnexplorer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnnexplorer.i18n.Messages;

/**
 * The data directories searched for data sets, in order: an explicit directory (the
 * {@code --data-dir} flag or the GUI preference), {@code $CNNX_DATA_DIR}, the user's
 * {@code ~/.cnnexplorer/datasets} (where downloads go), then {@code /usr/share/datasets} (Debian's
 * {@code dataset-fashion-mnist} package). Each holds one sub-folder per data set, see
 * {@link #folderName(DatasetId)}.
 */
public record DataDirectories(List<Location> locations) {

    public static final String ENV_VAR = "CNNX_DATA_DIR";
    public static final Path SYSTEM_DIR = Path.of("/usr/share/datasets");
    private static final String SYSTEM_ORIGIN = "system data sets";
    private static final String USER_ORIGIN = "user data directory";
    private static final String ONLY_ORIGIN = "data directory";

    /** One searched directory and why it is searched (shown in messages). */
    public record Location(Path directory, String origin) {
        public Location {
            if (directory == null || origin == null || origin.isBlank()) {
                throw new IllegalArgumentException("a data location needs a directory and an origin");
            }
            directory = directory.toAbsolutePath().normalize();
        }

        /** The origin in the current language: a flag or variable name as it is, the other origins translated. */
        public String label() {
            return switch (origin) {
                case SYSTEM_ORIGIN -> Messages.text("data.origin.system");
                case USER_ORIGIN -> Messages.text("data.origin.user");
                case ONLY_ORIGIN -> Messages.text("data.origin.only");
                default -> origin;
            };
        }
    }

    public DataDirectories {
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("at least one data directory is needed");
        }
        locations = List.copyOf(locations);
    }

    /** The standard search path from this process's environment and home directory. */
    public static DataDirectories standard(Path explicitDir) {
        return of(explicitDir, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The standard search path, with the environment and home directory given. */
    public static DataDirectories of(Path explicitDir, Map<String, String> environment, Path userHome) {
        return of(explicitDir, environment, userHome, SYSTEM_DIR);
    }

    /** The standard search path with every part given (for tests). */
    public static DataDirectories of(Path explicitDir, Map<String, String> environment, Path userHome,
                                     Path systemDir) {
        List<Location> list = new ArrayList<>();
        if (explicitDir != null) {
            list.add(new Location(explicitDir, "--data-dir"));
        }
        String fromEnv = environment.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            list.add(new Location(Path.of(fromEnv.trim()), ENV_VAR));
        }
        list.add(new Location(userDirectory(userHome), USER_ORIGIN));
        list.add(new Location(systemDir, SYSTEM_ORIGIN));
        return new DataDirectories(list);
    }

    /** Exactly one directory, nothing else. */
    public static DataDirectories only(Path directory) {
        return new DataDirectories(List.of(new Location(directory, ONLY_ORIGIN)));
    }

    /** {@code <userHome>/.cnnexplorer/datasets}. */
    public static Path userDirectory(Path userHome) {
        return userHome.resolve(".cnnexplorer").resolve("datasets");
    }

    /** The sub-folder of a data directory holding {@code dataset}: mnist, fashion-mnist or cifar-10-batches-bin. */
    public static String folderName(DatasetId dataset) {
        return DatasetLayout.folderName(dataset);
    }

    /** The searched directories, in order. */
    public List<Path> searchPath() {
        return locations.stream().map(Location::directory).toList();
    }

    /** Where downloads go: the first directory searched, unless that is the system one. */
    public Path downloadDirectory() {
        return locations.stream().filter(location -> !location.origin().equals(SYSTEM_ORIGIN)).findFirst()
                .orElse(locations.get(0)).directory();
    }

    /** The first data set folder that holds all files of {@code split}. */
    public Optional<Path> find(DatasetId dataset, Split split) {
        for (Path dir : searchPath()) {
            Path folder = dir.resolve(folderName(dataset));
            if (DatasetLayout.find(dataset, split, folder).isPresent()) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }
}
