/**
 * The web app's latency, measured from outside as a user's browser or script meets it: the app's
 * own jar, started as a separate process, answering over HTTP on loopback.
 */
@NullMarked
package uk.nhs.coproduction.benchmarks.web;

import org.jspecify.annotations.NullMarked;
