package uk.nhs.coproduction.app.web.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty server the {@link Router} runs on, with the limits that keep a slow or hostile client
 * from holding it: request headers of at most 8 KB in all (431 beyond), a body of at most the
 * router's limit (413, checked by Jetty's {@link SizeLimitHandler} before and while it is read), an
 * idle timeout after which a connection that sends nothing is closed, at most
 * {@value #MAX_CONNECTIONS} connections, and a small pool of daemon threads. Bodies are read
 * without a thread (see {@link Router#handle}), so clients that send slowly or not at all hold a
 * connection each, never a thread, and cannot starve the others. Jetty's own answers (malformed requests and the limits above) go through
 * {@link AppErrorHandler}.
 *
 * <p>Jetty logs through SLF4J, bound to {@code java.util.logging}: its loggers are kept at
 * {@code WARNING}, so a normal start prints nothing, and request data is never logged by Jetty at
 * that level.
 *
 * <p>This class is thread-safe.
 */
public final class WebServer {

    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    /** The most bytes of request line and headers together. */
    public static final int HEADER_LIMIT = 8 * 1024;
    /** How long a connection may send nothing before it is closed, unless told otherwise. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    /**
     * The most connections open at once; beyond it the server stops accepting until one closes
     * (new ones wait in the system's queue). Each costs no thread while it is idle or sending.
     */
    public static final int MAX_CONNECTIONS = 1_000;
    /** The most requests answered at once (the threads that run handlers). */
    public static final int MAX_THREADS = 16;

    /** Held so the level set on it is kept (java.util.logging keeps loggers weakly). */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

    private final Server server;
    private final ServerConnector connector;

    private WebServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the server and returns once it is listening.
     *
     * @param address where to listen (port 0 for any free port)
     * @param router answers every request
     * @param idleTimeout how long a connection may send nothing (a body shorter than it says is cut off then)
     * @throws BindException if the address cannot be bound (for example, the port is in use)
     * @throws IOException if the server cannot start for another reason
     */
    public static WebServer start(InetSocketAddress address, Router router, Duration idleTimeout) throws IOException {
        if (JETTY_LOG.getLevel() == null) {
            JETTY_LOG.setLevel(Level.WARNING);
        }
        // Unless told, Jetty asks the JVM through JMX whether references are compressed, only to
        // pad its counters to a cache line; starting JMX costs about 0.1 s of every start. 16
        // references of 4 bytes fill a 64-byte line, as on any heap under 32 GB.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("web");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(HEADER_LIMIT);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(idleTimeout.toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        // Jetty refuses a body far over the limit at once; one a little over it is drained by the
        // request and refused by the router, so the browser reads the answer (Request.DISCARD_LIMIT).
        SizeLimitHandler sizeLimit = new SizeLimitHandler(Math.max(router.bodyLimit(), Request.DISCARD_LIMIT), -1);
        sizeLimit.setHandler(router);
        server.setHandler(sizeLimit);
        server.setErrorHandler(new AppErrorHandler(router, router.bodyLimit()));
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bind) {
                    throw bind;
                }
            }
            throw e instanceof IOException io ? io : new IOException("the web server did not start", e);
        }
        return new WebServer(server, connector);
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Stops listening, gives requests in progress up to two seconds to finish and stops the
     * threads.
     */
    public void stop() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        // Stopped from an interrupted thread (Ctrl+C while waiting), it still stops in full.
        boolean interrupted = Thread.interrupted();
        try {
            server.stop();
        } catch (Exception e) {
            JETTY_LOG.log(Level.WARNING, "the web server did not stop cleanly", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
