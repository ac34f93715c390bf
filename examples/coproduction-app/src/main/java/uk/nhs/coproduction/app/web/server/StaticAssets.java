package uk.nhs.coproduction.app.web.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's own files (its stylesheet and icon), served from the app's resources by name
 * only: an asset path can never reach the file system.
 *
 * <p>This class is thread-safe.
 */
public final class StaticAssets implements Handler {

    private static final String FOLDER = "/uk/nhs/coproduction/app/web/assets/";
    private static final Map<String, String> TYPES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "board-report.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    @Override
    public Reply handle(Request request) {
        String name = request.pathParameter("name");
        String type = TYPES.get(name);
        if (type == null) {
            throw new RequestRefused(404, "There is no such file.");
        }
        byte[] bytes = loaded.computeIfAbsent(name, StaticAssets::read);
        return Reply.bytes(200, type, bytes).withHeader("Cache-Control", "public, max-age=3600");
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the asset " + name + " is missing from the app");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the asset " + name, e);
        }
    }
}
