package org.cnnexplorer.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** The one HTTP request the downloader makes, behind an interface so that tests never touch the network. */
public interface HttpTransport {

    /**
     * Requests {@code url}, asking for the bytes from {@code fromByte} on (an HTTP Range request)
     * when it is above 0. Redirects are followed.
     */
    Response get(URI url, long fromByte) throws IOException;

    /**
     * The answer: the HTTP status, the position in the file of the body's first byte (0 when the
     * server sent the whole file), the file's full size (-1 if unknown) and the body.
     */
    record Response(int status, long offset, long totalSize, InputStream body) implements Closeable {

        public Response {
            if (offset < 0 || body == null) {
                throw new IllegalArgumentException("a response needs a body and an offset of 0 or more");
            }
        }

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
