package org.cnnexplorer.data;

/** How far one file has come: bytes on disk so far and the file's full size (-1 while unknown). */
public record DownloadProgress(String file, long bytesDone, long bytesTotal) {

    public DownloadProgress {
        if (file == null || bytesDone < 0 || bytesTotal < -1) {
            throw new IllegalArgumentException("progress needs a file, bytes done >= 0 and a total >= -1");
        }
    }

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return bytesTotal <= 0 ? -1 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
