package uk.nhs.coproduction.examples.web.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578), as browsers send a form with a file field.
 * The body has already been read within the size limit; this takes it apart, refusing anything
 * malformed with a 400 rather than guessing.
 */
final class Multipart {

    /** More parts than any of our forms has: a body with more is refused. */
    static final int MAX_PARTS = 32;

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private Multipart() {
    }

    /** The boundary named in a {@code Content-Type} header. */
    static String boundary(String contentType) {
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            throw malformed("the Content-Type names no boundary");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** The fields and files of a body. */
    static Form parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, Upload> files = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw malformed("the body does not start with the boundary");
        }
        int parts = 0;
        while (true) {
            int after = at + delimiter.length;
            if (startsWith(body, after, "--")) {
                break; // the closing delimiter
            }
            if (!startsWith(body, after, "\r\n")) {
                throw malformed("a boundary is not followed by a new line");
            }
            if (++parts > MAX_PARTS) {
                throw malformed("it has more than " + MAX_PARTS + " parts");
            }
            int headersStart = after + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw malformed("a part's headers do not end");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw malformed("a part does not end with the boundary");
            }
            byte[] content = Arrays.copyOfRange(body, contentStart, contentEnd);
            String disposition = disposition(headers);
            Matcher name = NAME.matcher(disposition);
            if (!name.find()) {
                throw malformed("a part has no name");
            }
            Matcher fileName = FILE_NAME.matcher(disposition);
            if (fileName.find()) {
                files.put(name.group(1), new Upload(fileName.group(1), content));
            } else {
                fields.computeIfAbsent(name.group(1), k -> new ArrayList<>())
                        .add(new String(content, StandardCharsets.UTF_8));
            }
            at = contentEnd + 2;
        }
        return new Form(Parameters.of(fields), files);
    }

    private static String disposition(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                String value = line.substring("content-disposition:".length()).strip();
                if (!value.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                    throw malformed("a part is not form-data");
                }
                return value;
            }
        }
        throw malformed("a part has no Content-Disposition");
    }

    private static RequestRefused malformed(String why) {
        return new RequestRefused(400, "The form could not be read: " + why + ".");
    }

    private static boolean startsWith(byte[] body, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (at + bytes.length > body.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (body[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first index of {@code pattern} in {@code body} at or after {@code from}, or -1. */
    static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
