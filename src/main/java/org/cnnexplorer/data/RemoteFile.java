package org.cnnexplorer.data;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A file to download: its name on disk, the URLs to try in order (mirrors) and its published MD5,
 * checked before the file is used.
 */
public record RemoteFile(String name, List<URI> urls, String md5) {

    public RemoteFile {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("a remote file needs a plain file name, got '" + name + "'");
        }
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException(name + ": at least one URL is needed");
        }
        urls = List.copyOf(urls);
        md5 = md5 == null ? "" : md5.toLowerCase(Locale.ROOT);
        if (!md5.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException(name + ": an MD5 is 32 hex digits, got '" + md5 + "'");
        }
    }

    /** {@code name} under each base URL (each ending in {@code /}). */
    public static RemoteFile under(List<String> baseUrls, String name, String md5) {
        return new RemoteFile(name, baseUrls.stream().map(base -> URI.create(base + name)).toList(), md5);
    }

    /** Whether this is a {@code .tar.gz} archive to unpack rather than a file to keep. */
    public boolean isArchive() {
        return name.endsWith(".tar.gz") || name.endsWith(".tgz");
    }
}
