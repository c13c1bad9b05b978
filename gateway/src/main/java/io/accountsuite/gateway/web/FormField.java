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
record FormField(String name, String label, String type, @Nullable String autocomplete, boolean required,
                 int maxLength) {

    /** The billing address (billing-service's {@code PUT /api/billing/address} body). */
    static final List<FormField> ADDRESS = List.of(
            new FormField("companyName", "Company (optional)", "text", "organization", false, 0),
            new FormField("email", "Billing email", "email", "email", true, 0),
            new FormField("line1", "Address", "text", "address-line1", true, 0),
            new FormField("line2", "Address line 2 (optional)", "text", "address-line2", false, 0),
            new FormField("postalCode", "Postal code", "text", "postal-code", false, 0),
            new FormField("city", "City", "text", "address-level2", true, 0),
            new FormField("region", "Region or state (where used)", "text", "address-level1", false, 0),
            new FormField("country", "Country (two-letter code, e.g. FR)", "text", "country", true, 2),
            new FormField("vatNumber", "VAT number (EU businesses, optional)", "text", null, false, 0));

    /** A password change (identity-service's {@code POST /api/account/password} body). */
    static final List<FormField> PASSWORD = List.of(
            new FormField("currentPassword", "Current password", "password", "current-password", true, 0),
            new FormField("newPassword", "New password (at least 12 characters)", "password", "new-password", true,
                    0),
            new FormField("newPasswordConfirmation", "New password again", "password", "new-password", true, 0));

    /**
     * An email change (identity-service's {@code POST /api/account/email} body): it takes effect once the link mailed
     * to the new address is opened.
     */
    static final List<FormField> EMAIL = List.of(
            new FormField("newEmail", "New email address", "email", "email", true, 254),
            new FormField("password", "Your password", "password", "current-password", true, 0));

    /** A password is never written back into the page. */
    public boolean secret() {
        return "password".equals(type);
    }
}
