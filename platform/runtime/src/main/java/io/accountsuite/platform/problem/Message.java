package io.accountsuite.platform.problem;

import java.math.BigDecimal;
import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A text for people, resolved from the problem bundles ({@code problems/*.properties} and their {@code _fr}) in the
 * request's language when the problem is written: a {@code key} and its {@code args}, the {@code {0}}, {@code {1}}...
 * of the bundle entry (a {@link java.text.MessageFormat} pattern, so a quote is written {@code ''}). Arguments are
 * shown as they are, but a {@link Message} is itself resolved, an {@link Amount} is money in the locale's form
 * ({@code $30.00}, {@code 30,00 $US}) and a {@link java.time.LocalDate} a medium date ({@code Jan 1, 2027},
 * {@code 1 janv. 2027}); integers stay plain ({@code 1000}, never {@code 1,000}) since they are often ids.
 *
 * <pre>{@code
 * throw BillingProblems.NOT_PAYABLE.problem(Message.of("billing.invoice.not-payable", number, status));
 * throw ApiProblem.invalid("country", Message.of("billing.address.country-unknown"));
 * }</pre>
 */
public record Message(String key, Object... args) implements MessageSourceResolvable {

    public static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    /**
     * An argument that is a word of the bundles (a status, the name of a thing): the entry {@code key}, or
     * {@code fallback} itself where no bundle has it (a machine value then shows as it is).
     */
    public static MessageSourceResolvable word(String key, String fallback) {
        return new DefaultMessageSourceResolvable(new String[] {key}, fallback);
    }

    /** Money shown to people in their locale's form; machine values (extension members) stay plain numbers. */
    public record Amount(BigDecimal amount, String currency) {
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message that && key.equals(that.key) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
