/**
 * The co-production health check's page and JSON API: a partnership document pasted, uploaded or
 * posted, read with validation, and its report (the ladder rung, the alignment of experience of
 * care, QI and co-production, the findings). Problems are shown by line and field next to the field
 * they came from. Nothing is stored.
 */
@NullMarked
package uk.nhs.coproduction.app.web.healthcheck;

import org.jspecify.annotations.NullMarked;
