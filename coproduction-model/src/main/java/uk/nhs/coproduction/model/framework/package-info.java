/**
 * Frameworks as versioned data: the Co-Production Model, the ladder of participation, the
 * statutory guidance's ten principles, NHS England's patient and public voice (PPV) partner
 * policy, and the working model of alignment between experience of care, quality improvement and
 * co-production.
 *
 * <p>Every framework carries its {@link uk.nhs.coproduction.model.framework.FrameworkEdition}:
 * source, edition, date and a confidence note. The bundled editions come from
 * {@link uk.nhs.coproduction.model.framework.Frameworks#bundled()}; an organisation can load its
 * own edition of any framework with {@link uk.nhs.coproduction.model.json.CoproductionJson}.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.framework;

import org.jspecify.annotations.NullMarked;
