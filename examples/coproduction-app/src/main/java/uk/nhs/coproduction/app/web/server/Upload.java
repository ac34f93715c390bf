package uk.nhs.coproduction.app.web.server;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A file sent with a form. Only its name (as the browser gives it, never used as a path) and its
 * bytes are kept.
 *
 * @param fileName the name the browser gave, possibly empty; never used to name a file here
 * @param bytes the content (not copied)
 */
public record Upload(String fileName, byte[] bytes) {

    /** Whether the form's file field was left empty. */
    public boolean isEmpty() {
        return fileName.isEmpty() && bytes.length == 0;
    }

    /** The content as UTF-8 text without a byte order mark, or empty if it is not UTF-8. */
    public Optional<String> utf8() {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "Upload[" + bytes.length + " bytes]";
    }
}
