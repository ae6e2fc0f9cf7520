package org.cnnexplorer.io.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/**
 * The text of a model file: UTF-8, at most {@link #MAX_BYTES} bytes, so that an endless source
 * ({@code /dev/zero}, a pipe that never ends) is refused instead of filling the memory. Pipes and
 * devices are read like files, up to the limit; a directory is refused by name.
 */
final class ModelFileText {

    /** The largest model file read: 16 MiB, about a thousand times ResNet50's. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private ModelFileText() {
    }

    static String read(Path file) throws ModelFileException {
        String name = Printable.of(file.toString());
        if (name.isEmpty()) {
            throw new ModelFileException(Messages.text("io.file.emptyName"));
        }
        if (Files.isDirectory(file)) {
            throw new ModelFileException(Messages.text("io.file.directory", name));
        }
        return decode(bytes(file, name), name);
    }

    private static byte[] bytes(Path file, String name) throws ModelFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ModelFileException(Messages.text("io.file.tooLarge", name, MAX_BYTES / (1024 * 1024)));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Messages.text("io.file.missing", name));
        } catch (AccessDeniedException e) {
            throw new ModelFileException(Messages.text("io.file.denied", name));
        } catch (IOException e) {
            throw new ModelFileException(Messages.text("io.file.cannotRead", name, Printable.of(e.getMessage())), e);
        }
    }

    /** Strict UTF-8: a byte that is not UTF-8 is named with its offset and line, not replaced. */
    static String decode(byte[] bytes, String name) throws ModelFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = Math.min(in.position(), bytes.length - 1);
            throw new ModelFileException(name + ":" + line(bytes, offset) + ": " + Messages.text("io.file.notUtf8",
                    String.format("%02x", bytes[offset] & 0xff), offset));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
