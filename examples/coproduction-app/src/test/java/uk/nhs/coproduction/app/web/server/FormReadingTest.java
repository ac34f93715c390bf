package uk.nhs.coproduction.app.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Query strings and forms, urlencoded and multipart: what is sent is what is read. */
class FormReadingTest {

    @Property(tries = 200)
    void urlEncodingRoundTrips(@ForAll @Size(max = 5) List<@StringLength(max = 20) String> names,
            @ForAll @Size(max = 5) List<@StringLength(max = 40) String> values) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            String name = "n" + names.get(i);
            sent.computeIfAbsent(name, k -> new ArrayList<>()).add(values.get(i));
            encoded.append(encoded.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(values.get(i), StandardCharsets.UTF_8));
        }
        Parameters read = Parameters.parse(encoded.toString());
        assertThat(read.names()).containsExactlyElementsOf(sent.keySet());
        sent.forEach((name, list) -> assertThat(read.all(name)).isEqualTo(list));
    }

    @Property(tries = 200)
    void multipartRoundTrips(@ForAll @Size(max = 4) List<@StringLength(max = 60) String> values,
            @ForAll @StringLength(max = 200) String fileText) throws IOException {
        MultipartBody body = MultipartBody.create();
        for (int i = 0; i < values.size(); i++) {
            body.field("field" + i, values.get(i));
        }
        byte[] file = fileText.getBytes(StandardCharsets.UTF_8);
        body.file("upload", "data.csv", "text/csv", file);
        Form form = form(body);
        for (int i = 0; i < values.size(); i++) {
            assertThat(form.fields().first("field" + i)).isEqualTo(values.get(i));
        }
        assertThat(form.file("upload").bytes()).isEqualTo(file);
        assertThat(form.file("upload").fileName()).isEqualTo("data.csv");
        assertThat(form.file("missing").isEmpty()).isTrue();
    }

    @Test
    void aFileWithCrLfAndTheBoundaryTextInsideIsKeptWhole() throws IOException {
        String tricky = "a,b\r\n--not-the-boundary\r\n\r\nend";
        Form form = form(MultipartBody.create().file("file", "x.csv", "text/csv", tricky.getBytes(StandardCharsets.UTF_8)));
        assertThat(form.file("file").utf8()).hasValue(tricky);
    }

    @Test
    void malformedBodiesAreRefusedWith400() {
        assertThatThrownBy(() -> multipart("no boundary here", "multipart/form-data; boundary=b"))
                .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> multipart("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",
                "multipart/form-data; boundary=b")).hasMessageContaining("a part has no name");
        assertThatThrownBy(() -> multipart("--b--", "multipart/form-data")).hasMessageContaining("no boundary");
        assertThatThrownBy(() -> Parameters.parse("a=%zz")).isInstanceOf(RequestRefused.class);
    }

    @Test
    void tooManyPartsAreRefused() {
        MultipartBody body = MultipartBody.create();
        for (int i = 0; i <= Request.MAX_PARTS; i++) {
            body.field("f" + i, "v");
        }
        assertThatThrownBy(() -> form(body)).hasMessageContaining("more than " + Request.MAX_PARTS + " parts");
    }

    @Test
    void listsSplitAtCommasAndSkipBlanks() {
        Parameters parameters = Parameters.parse("kind=guide,film&kind=&kind=%20toolkit%20&q=+a+b+");
        assertThat(parameters.list("kind")).containsExactly("guide", "film", "toolkit");
        assertThat(parameters.text("q", "")).isEqualTo("a b");
        assertThat(parameters.text("missing", "default")).isEqualTo("default");
    }

    @Test
    void aNonUtf8UploadIsNotText() {
        assertThat(new Upload("x", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}).utf8()).isEmpty();
        assertThat(new Upload("x", "\uFEFFhello".getBytes(StandardCharsets.UTF_8)).utf8()).hasValue("hello");
    }

    private static Form multipart(String body, String contentType) throws IOException {
        return Request.of("POST", "/form", Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8), 1024 * 1024, Map.of()).form();
    }

    private static Form form(MultipartBody body) throws IOException {
        Request request = Request.of("POST", "/form", Map.of("Content-Type", List.of(body.contentType())), body.bytes(),
                1024 * 1024, Map.of());
        return request.form();
    }
}
