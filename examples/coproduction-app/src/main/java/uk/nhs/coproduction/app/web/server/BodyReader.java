package uk.nhs.coproduction.app.web.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import org.eclipse.jetty.io.Content;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request's body as Jetty delivers it, without holding a thread while the client is slow:
 * when no bytes are there it asks Jetty to call back when some arrive, and returns. It keeps at
 * most one byte over the limit (so the handler can tell the body is too large) and reads and
 * drops the rest, which Jetty's size limit stops at {@link Request#DISCARD_LIMIT}, so a browser
 * still reads the refusal.
 *
 * <p>Not thread-safe: Jetty calls it back one chunk at a time.
 */
final class BodyReader implements Runnable {

    private final Content.Source source;
    private final long keep;
    private final BiConsumer<byte[], @Nullable Throwable> done;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private BodyReader(Content.Source source, long limit, BiConsumer<byte[], @Nullable Throwable> done) {
        this.source = source;
        this.keep = limit + 1;
        this.done = done;
    }

    /**
     * Reads {@code source} to its end, then calls {@code done} with what was kept and null, or,
     * if reading failed (too slow, cut off, over Jetty's size limit), with what was kept and the
     * failure. {@code done} may run on a Jetty thread that must not block: hand the work on.
     */
    static void read(Content.Source source, long limit, BiConsumer<byte[], @Nullable Throwable> done) {
        new BodyReader(source, limit, done).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                // A timeout arrives as a failure that is not last; the body is given up either way.
                Throwable failure = chunk.getFailure();
                if (!chunk.isLast()) {
                    source.fail(failure);
                }
                done.accept(kept.toByteArray(), failure);
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            int room = (int) Math.min(bytes.remaining(), Math.max(0, keep - kept.size()));
            if (room > 0) {
                byte[] part = new byte[room];
                bytes.get(part);
                kept.write(part, 0, room);
            }
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                done.accept(kept.toByteArray(), null);
                return;
            }
        }
    }
}
