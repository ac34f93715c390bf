/**
 * Who may do what on an Always Events&reg; project: an
 * {@link uk.nhs.coproduction.alwaysevents.access.AccessPolicy} as versioned data beside the
 * workflow definition, naming the {@link uk.nhs.coproduction.alwaysevents.access.ProjectRole}s
 * on a project (QI lead, co-design team member, partner with lived experience, oversight group
 * member, executive sponsor, viewer) and the commands each may give, and the rules the method
 * itself needs whatever a policy says (a sign-off is given only by the partner it names; a
 * progress score is set only by the QI lead or the executive sponsor; only members of the project
 * see partners' pseudonymous ids).
 *
 * <p>Who gives a command is a {@link uk.nhs.coproduction.alwaysevents.access.Principal}: a
 * pseudonymous id and the roles the organisation assigns; the roles the method defines (member
 * of the co-design team or the oversight group, partner with lived experience, executive
 * sponsor) are read from the project's state. A check is pure and gives a
 * {@link uk.nhs.coproduction.alwaysevents.workflow.Verdict}, as a workflow guard does: permitted,
 * or refused with every reason and its code, never an exception. An organisation loads its own
 * policy as it loads its own workflow.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.access;

import org.jspecify.annotations.NullMarked;
