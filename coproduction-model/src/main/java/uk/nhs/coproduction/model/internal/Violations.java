package uk.nhs.coproduction.model.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext;

/** Builds a violation with the constraint's own message at a path inside a list element. */
public final class Violations {

    private Violations() {
    }

    /**
     * Adds a violation at {@code list[index].nested[0].nested[1]…}, using the constraint's
     * message template.
     */
    public static void at(ConstraintValidatorContext context, String list, int index, String... nested) {
        var builder = context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
        NodeBuilderCustomizableContext node = builder.addPropertyNode(list);
        if (nested.length == 0) {
            // The element itself: a bean node inside the list.
            node.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
            return;
        }
        NodeBuilderDefinedContext element = node.addPropertyNode(nested[0]).inIterable().atIndex(index);
        if (nested.length == 1) {
            element.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext inner = element.addPropertyNode(nested[1]);
        for (int i = 2; i < nested.length; i++) {
            inner = inner.addPropertyNode(nested[i]);
        }
        inner.addConstraintViolation();
    }

    /** Adds a violation at the property {@code name} of the validated object. */
    public static void at(ConstraintValidatorContext context, String name) {
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(name)
                .addConstraintViolation();
    }
}
