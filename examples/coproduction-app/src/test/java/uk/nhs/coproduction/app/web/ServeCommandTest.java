package uk.nhs.coproduction.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.nhs.coproduction.app.CommandLineRun;
import uk.nhs.coproduction.app.Main;

/** The serve command: it serves until stopped, and refuses bad options with status 2 before listening. */
class ServeCommandTest {

    @TempDir
    Path folder;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    @Test
    void servesUntilStoppedAndCreatesNoDataDirectoryForReading() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Path data = folder.resolve("data");
        AtomicInteger status = new AtomicInteger(-1);
        Thread serving = new Thread(() -> status.set(cli.execute("serve", "--port", "0", "--data", data.toString())));
        serving.start();
        URI home = null;
        long deadline = System.nanoTime() + 30_000_000_000L;
        Pattern address = Pattern.compile("is at (http://localhost:\\d+/)");
        while (home == null && System.nanoTime() < deadline) {
            Matcher matcher = address.matcher(out.toString());
            if (matcher.find()) {
                home = URI.create(matcher.group(1));
            } else {
                Thread.sleep(20);
            }
        }
        assertThat(home).as("the address printed; stderr: %s", err).isNotNull();
        assertThat(out.toString()).contains("(data: " + data.toAbsolutePath().normalize() + ")")
                .contains("Stop with Ctrl+C.");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(home).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("NHS co-production app");
        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(status.get()).isZero();
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        CommandLineRun run = run("serve", "--port", "70000");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--port must be 0 to 65535, was 70000");
    }

    @Test
    void aPortInUseIsRefusedWithWhatToDo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandLineRun run = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--host", "127.0.0.1",
                    "--data", folder.resolve("d").toString());
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("choose another with --port");
        }
    }

    @Test
    void aDataPathThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        CommandLineRun run = run("serve", "--port", "0", "--data", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--data").contains("exists and is not a folder");
    }

    @Test
    void anInvalidOverlayIsRefusedRowByRow() throws IOException {
        Path csv = Files.writeString(folder.resolve("ours.csv"), "id,title,summary,kind,audiences,topics,partOf\n"
                + "ours:a,A,Fine.,pamphlet,,,\n");
        CommandLineRun run = run("serve", "--port", "0", "--overlay", csv.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("ours.csv: row 2, column kind");
    }
}
