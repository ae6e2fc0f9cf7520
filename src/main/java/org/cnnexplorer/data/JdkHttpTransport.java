package org.cnnexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnnexplorer.i18n.Messages;

/** {@link HttpTransport} over {@code java.net.http.HttpClient}. */
public final class JdkHttpTransport implements HttpTransport {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @Override
    public Response get(URI url, long fromByte) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5))
                .header("User-Agent", "CNN-Explorer");
        if (fromByte > 0) {
            request.header("Range", "bytes=" + fromByte + "-");
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            return toResponse(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.text("data.download.interrupted", url), e);
        }
    }

    private static Response toResponse(int status, HttpHeaders headers, InputStream body) {
        long length = headers.firstValueAsLong("Content-Length").orElse(-1);
        if (status == 206) {
            Matcher range = CONTENT_RANGE.matcher(headers.firstValue("Content-Range").orElse(""));
            if (range.matches()) {
                long offset = Long.parseLong(range.group(1));
                long total = range.group(2).equals("*") ? -1 : Long.parseLong(range.group(2));
                return new Response(status, offset, total, body);
            }
        }
        return new Response(status, 0, status == 200 ? length : -1, body);
    }
}
