/**
 * The board report: one printable page per Always Events&reg; project, and one for the portfolio
 * of projects, as HTML with a print stylesheet and as PDF made from the very same XHTML, so the
 * page a board member prints and the PDF they are sent never disagree. A project's report has its
 * charts with their data tables, what matters in people's words, the PDSA cycles' learning and the
 * "you said, we did" entries with who signed them off, by role; never a partner's id or name.
 */
@NullMarked
package uk.nhs.coproduction.app.web.boardreport;

import org.jspecify.annotations.NullMarked;
