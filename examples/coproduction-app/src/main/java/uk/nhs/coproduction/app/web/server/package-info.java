/**
 * The web app's plumbing over Jetty's core server ({@code org.eclipse.jetty.server}, no servlets):
 * the server and its limits, routes over Jetty's URI templates, requests with a size-limited body,
 * forms (urlencoded and multipart, parsed by Jetty), replies with security headers on every answer
 * (Jetty's own errors included), problem details (RFC 9457) for the JSON API, precompiled
 * templates and the site's own assets. It knows nothing of co-production; the page areas beside
 * it do.
 */
@NullMarked
package uk.nhs.coproduction.app.web.server;

import org.jspecify.annotations.NullMarked;
