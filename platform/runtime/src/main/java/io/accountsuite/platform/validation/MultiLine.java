package io.accountsuite.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated text is {@linkplain PlainText#isMultiLine multi-line plain text}: line breaks and tabs, no other control
 * character; null is valid.
 */
@Documented
@Constraint(validatedBy = MultiLine.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {

    String message() default "{platform.validation.multi-line}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<MultiLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return PlainText.isMultiLine(text);
        }
    }
}
