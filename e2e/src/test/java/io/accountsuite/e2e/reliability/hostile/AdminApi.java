package io.accountsuite.e2e.reliability.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.accountsuite.e2e.reliability.hostile.Endpoint.Audience;
import io.accountsuite.e2e.reliability.hostile.Endpoint.Field;
import io.accountsuite.e2e.reliability.hostile.PublicApi.Facts;

import static io.accountsuite.e2e.reliability.hostile.Fields.amount;
import static io.accountsuite.e2e.reliability.hostile.Fields.email;
import static io.accountsuite.e2e.reliability.hostile.Fields.id;
import static io.accountsuite.e2e.reliability.hostile.Fields.multiLine;
import static io.accountsuite.e2e.reliability.hostile.Fields.newPassword;
import static io.accountsuite.e2e.reliability.hostile.Fields.pattern;
import static io.accountsuite.e2e.reliability.hostile.Fields.text;
import static io.accountsuite.e2e.reliability.hostile.Fields.wholeNumber;
import static io.accountsuite.e2e.reliability.hostile.Fields.word;
import static io.accountsuite.e2e.reliability.hostile.Fields.yesNo;
import static io.accountsuite.e2e.reliability.hostile.PublicApi.body;
import static io.accountsuite.e2e.reliability.hostile.PublicApi.none;

/**
 * The admin's writes (API.md "Admin" and README's additions). Baselines never change the network if sent: an
 * unknown customer, product or template, an email already taken, a refund above what was paid, the settings as
 * they are.
 */
final class AdminApi {

    private static final String HOST_NAME = "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+"
            + "[a-z]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final String IPV4 = "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    private AdminApi() {
    }

    static List<Endpoint> endpoints(Facts facts) {
        List<Endpoint> admin = new ArrayList<>(List.of(
                body("POST", "/api/admin/customers", Audience.ADMIN, null, email("email", "admin@example.com"),
                        newPassword("password", "a long enough pass 1"), text("name", "Taken", 200),
                        yesNo("admin", false, false)),
                none("POST", "/api/admin/customers/{customer}/admin", Audience.ADMIN),
                none("DELETE", "/api/admin/customers/{customer}/admin", Audience.ADMIN),
                body("POST", "/api/admin/memberships", Audience.ADMIN, null, adminMembershipFields(facts)),
                body("POST", "/api/admin/products", Audience.ADMIN, null, ProductFields.all()),
                body("PUT", "/api/admin/products/{product}", Audience.ADMIN, null, ProductFields.all()),
                body("POST", "/api/admin/templates", Audience.ADMIN, null, TemplateFields.all()),
                body("PUT", "/api/admin/templates/{adminTemplate}", Audience.ADMIN, null, TemplateFields.all()),
                body("POST", "/api/admin/invoices/{invoice}/refunds", Audience.ADMIN, null,
                        amount("amount", "99999.00", true), text("reason", "Hostile refund", 500)),
                none("POST", "/api/admin/invoices/{invoice}/paid", Audience.ADMIN),
                none("GET", "/api/admin/invoices/{invoice}/credit-notes", Audience.ADMIN),
                body("PUT", "/api/admin/settings/sites", Audience.ADMIN, null,
                        yesNo("allowTemplateSwitching", facts.settings().get("allowTemplateSwitching"), true))));
        admin.add(body("PUT", "/api/admin/settings", Audience.ADMIN, null, settingsFields(facts, true)));
        admin.add(body("PUT", "/api/admin/settings/notifications", Audience.ADMIN, null,
                senderFields(facts).toArray(Field[]::new)));
        admin.add(body("PUT", "/api/admin/settings/domains", Audience.ADMIN, null, settingsFields(facts, false)));
        return admin;
    }

    private static Field[] adminMembershipFields(Facts facts) {
        List<Field> fields = new ArrayList<>(List.of(PublicApi.newMembershipFields(facts)));
        fields.removeIf(f -> f.name().equals("coupon"));
        fields.add(id("customerId", facts.ids().get("customer"), false));
        Map<String, Object> coupon = Map.of("code", "HOSTILE", "kind", "percent", "value", "10", "duration", "once");
        fields.add(Fields.object("coupon", coupon, List.of(text("code", "HOSTILE", 40),
                word("kind", "percent", Set.of("percent", "amount"), true), amount("value", "10", true),
                word("duration", "once", Set.of("once", "repeating", "forever"), false),
                wholeNumber("cycles", 1, 1, 120, false))).optional());
        return fields.toArray(Field[]::new);
    }

    /**
     * The mails' sender (notification-service {@code SenderController}): a one-line name of at most 100 characters
     * and an email, both required.
     */
    private static List<Field> senderFields(Facts facts) {
        return List.of(text("senderName", facts.settings().get("senderName"), 100),
                email("senderAddress", facts.settings().get("senderAddress")));
    }

    /** The network settings: the gateway's whole ({@code withSites}) or domain-service's part. */
    private static Field[] settingsFields(Facts facts, boolean withSites) {
        Map<String, Object> now = new LinkedHashMap<>(facts.settings());
        List<Field> fields = new ArrayList<>(List.of(
                yesNo("domainMappingEnabled", now.get("domainMappingEnabled"), true),
                multiLine("addDomainInstructions", now.get("addDomainInstructions"), 4000, true),
                pattern("networkDomain", now.get("networkDomain"), HOST_NAME, true),
                pattern("networkIp", now.get("networkIp"), IPV4, false),
                wholeNumber("checkIntervalSeconds", now.get("checkIntervalSeconds"), 5, 86_400, false),
                wholeNumber("dnsAttempts", now.get("dnsAttempts"), 1, 1000, false),
                wholeNumber("sslAttempts", now.get("sslAttempts"), 1, 1000, false),
                yesNo("allowPlainHttp", now.get("allowPlainHttp"), false)));
        if (withSites) {
            fields.add(yesNo("allowTemplateSwitching", now.get("allowTemplateSwitching"), true));
            // The whole saves the sender only when the body names it (the gateway's NetworkSettings).
            senderFields(facts).forEach(field -> fields.add(field.optional()));
        }
        return fields.stream().filter(f -> now.containsKey(f.name()) || f.required()).toArray(Field[]::new);
    }
}
