package io.accountsuite.gateway.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of the page's billing-address, password and email forms. The lists below are the one source of those forms:
 * the fields' markup (fragments/forms.html, for the page's dialogs and the plain pages without JavaScript) is drawn
 * from them, and the plain form posts pass on exactly these fields.
 *
 * @param type         the input's type ({@code text}, {@code email}, {@code password})
 * @param autocomplete the HTML autofill token, or null
 * @param maxLength    the most characters the browser lets in, 0 for no limit
 */
record FormField(String name, String type, @Nullable String autocomplete, boolean required, int maxLength) {

    /** The billing address (billing-service's {@code PUT /api/billing/address} body). */
    static final List<FormField> ADDRESS = List.of(
            new FormField("companyName", "text", "organization", false, 0),
            new FormField("email", "email", "email", true, 0),
            new FormField("line1", "text", "address-line1", true, 0),
            new FormField("line2", "text", "address-line2", false, 0),
            new FormField("postalCode", "text", "postal-code", false, 0),
            new FormField("city", "text", "address-level2", true, 0),
            new FormField("region", "text", "address-level1", false, 0),
            new FormField("country", "text", "country", true, 2),
            new FormField("vatNumber", "text", null, false, 0));

    /** A password change (identity-service's {@code POST /api/account/password} body). */
    static final List<FormField> PASSWORD = List.of(
            new FormField("currentPassword", "password", "current-password", true, 0),
            new FormField("newPassword", "password", "new-password", true, 0),
            new FormField("newPasswordConfirmation", "password", "new-password", true, 0));

    /**
     * An email change (identity-service's {@code POST /api/account/email} body): it takes effect once the link mailed
     * to the new address is opened.
     */
    static final List<FormField> EMAIL = List.of(
            new FormField("newEmail", "email", "email", true, 254),
            new FormField("password", "password", "current-password", true, 0));

    /**
     * The bundle entry of the field's label, {@code account.field.<name>}: the template writes it in the page's
     * language.
     */
    public String labelKey() {
        return "account.field." + name;
    }

    /** A password is never written back into the page. */
    public boolean secret() {
        return "password".equals(type);
    }
}
