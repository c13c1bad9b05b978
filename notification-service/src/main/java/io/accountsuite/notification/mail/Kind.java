package io.accountsuite.notification.mail;

import io.accountsuite.platform.values.WireValue;

/**
 * Every mail the suite sends (issue 19). The value names the kind in the database and prefixes its words in the
 * bundle ({@code mail/messages}: {@code <kind>.subject}, {@code <kind>.body}, {@code <kind>.action}).
 */
public enum Kind implements WireValue {
    VERIFY_ADDRESS("verify-address"),
    VERIFY_NEW_ADDRESS("verify-new-address"),
    EMAIL_CHANGED("email-changed"),
    EMAIL_CHANGE_DROPPED("email-change-dropped"),
    PASSWORD_CHANGED("password-changed"),
    SIGN_UP_WITH_YOUR_EMAIL("sign-up-with-your-email"),
    INVOICE_ISSUED("invoice-issued"),
    PAYMENT_FAILED("payment-failed"),
    MEMBERSHIP_ON_HOLD("membership-on-hold"),
    MEMBERSHIP_EXPIRED("membership-expired"),
    TRIAL_ENDING("trial-ending"),
    DOMAIN_LIVE("domain-live"),
    DOMAIN_FAILED("domain-failed"),
    DOMAIN_SSL_FAILED("domain-ssl-failed"),
    TEMPLATE_SWITCH_DONE("template-switch-done"),
    TEMPLATE_SWITCH_FAILED("template-switch-failed"),
    ACCOUNT_DELETED("account-deleted");

    private final String value;

    Kind(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
