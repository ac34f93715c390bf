/**
 * The app's web app: the {@code serve} command, the app's assembly of its page areas
 * ({@code catalog}, {@code healthcheck}, {@code projects}, {@code reliability}, the shared
 * {@code site}) on the plumbing in {@code server}, and the confined data directory where the
 * Always Events&reg; projects are kept.
 */
@NullMarked
package uk.nhs.coproduction.app.web;

import org.jspecify.annotations.NullMarked;
