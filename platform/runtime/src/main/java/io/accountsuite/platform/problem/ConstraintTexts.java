package io.accountsuite.platform.problem;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * A bean validation message in the caller's language. Request bodies are validated by WebFlux ({@code @Valid}) before
 * the request's language is at hand, so the violation is interpolated again when the problem is written: a template
 * that is a single key of the problem bundles ({@code {platform.validation.single-line}}, the suite's own
 * constraints) is that entry; any other (the standard constraints,
 * {@code {jakarta.validation.constraints.Size.message}}) is Hibernate Validator's own message in that language, which
 * ships French.
 */
final class ConstraintTexts {

    private static final Pattern ONE_KEY = Pattern.compile("\\{([^{}$]+)}");
    private static final MessageInterpolator HIBERNATE = new ResourceBundleMessageInterpolator();

    private ConstraintTexts() {
    }

    static String text(ConstraintViolation<?> violation, ProblemMessages messages, Locale locale) {
        String template = violation.getMessageTemplate();
        Matcher key = ONE_KEY.matcher(template);
        if (key.matches()) {
            String entry = messages.entry(key.group(1), locale);
            if (entry != null) {
                return entry;
            }
        }
        return HIBERNATE.interpolate(template, new Context(violation), locale);
    }

    /** What the interpolator reads of a violation; Hibernate's own context is internal API. */
    private record Context(ConstraintViolation<?> violation) implements HibernateMessageInterpolatorContext {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public Class<?> getRootBeanType() {
            return violation.getRootBeanClass();
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return Map.of();
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return Map.of();
        }

        @Override
        public Path getPropertyPath() {
            return violation.getPropertyPath();
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return ExpressionLanguageFeatureLevel.BEAN_PROPERTIES;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new jakarta.validation.ValidationException("cannot unwrap to " + type);
        }
    }
}
