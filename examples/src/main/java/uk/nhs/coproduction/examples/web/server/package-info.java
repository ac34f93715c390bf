/**
 * The web app's plumbing over the JDK's own HTTP server ({@code com.sun.net.httpserver}): routes,
 * requests with a size-limited body, forms (urlencoded and multipart), replies with security
 * headers, problem details (RFC 9457) for the JSON API, precompiled templates and the site's own
 * assets. It knows nothing of co-production; the page areas beside it do.
 */
@NullMarked
package uk.nhs.coproduction.examples.web.server;

import org.jspecify.annotations.NullMarked;
