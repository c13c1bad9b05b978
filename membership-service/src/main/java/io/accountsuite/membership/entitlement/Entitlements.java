package io.accountsuite.membership.entitlement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.platform.values.WireValue;

/**
 * What a membership's site is entitled to: the plan's limits plus each add-on's times its quantity. Numbers add;
 * unlimited (null here) wins; custom domains are allowed when any product allows them. Template settings are the
 * plan's.
 */
public record Entitlements(Long diskMb, Long posts, Long pages, Long visitsPerMonth, Long users, Long sites,
                           boolean customDomains, TemplateMode templateMode, Map<String, TemplateChoice> templates) {

    public enum TemplateMode implements WireValue {
        DEFAULT, ASSIGN, CHOOSE;

        public static TemplateMode of(String value) {
            return WireValue.of(TemplateMode.class, value);
        }
    }

    public enum TemplateChoice implements WireValue {
        AVAILABLE, NOT_AVAILABLE, PRE_SELECTED;

        public static TemplateChoice of(String value) {
            return WireValue.of(TemplateChoice.class, value);
        }
    }

    public record AddOn(ProductLimits limits, int quantity) {
    }

    public Entitlements {
        templateMode = templateMode == null ? TemplateMode.DEFAULT : templateMode;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    /** A plan's entitlements: its unset and zero limits are unlimited. */
    public static Entitlements ofPlan(ProductLimits plan, TemplateMode mode, Map<String, TemplateChoice> templates) {
        return new Entitlements(planValue(plan.diskMb()), planValue(plan.posts()), planValue(plan.pages()),
                planValue(plan.visitsPerMonth()), planValue(plan.users()), planValue(plan.sites()),
                Boolean.TRUE.equals(plan.customDomains()), mode, templates);
    }

    public static Entitlements of(ProductLimits plan, TemplateMode mode, Map<String, TemplateChoice> templates,
                                  List<AddOn> addOns) {
        Entitlements total = ofPlan(plan, mode, templates);
        for (AddOn addOn : addOns) {
            total = total.plus(addOn.limits(), addOn.quantity());
        }
        return total;
    }

    /** These entitlements with an add-on bought {@code quantity} times. */
    public Entitlements plus(ProductLimits addOn, int quantity) {
        if (quantity < 1) {
            return this;
        }
        return new Entitlements(add(diskMb, addOn.diskMb(), quantity), add(posts, addOn.posts(), quantity),
                add(pages, addOn.pages(), quantity), add(visitsPerMonth, addOn.visitsPerMonth(), quantity),
                add(users, addOn.users(), quantity), add(sites, addOn.sites(), quantity),
                customDomains || Boolean.TRUE.equals(addOn.customDomains()), templateMode, templates);
    }

    /** Each limit by its name in the API, null meaning unlimited. */
    public Map<String, Long> limits() {
        Map<String, Long> limits = new LinkedHashMap<>();
        limits.put("diskMb", diskMb);
        limits.put("posts", posts);
        limits.put("pages", pages);
        limits.put("visitsPerMonth", visitsPerMonth);
        limits.put("users", users);
        limits.put("sites", sites);
        return limits;
    }

    public Map<String, String> templateValues() {
        Map<String, String> values = new LinkedHashMap<>();
        templates.forEach((id, choice) -> values.put(id, choice.value()));
        return values;
    }

    private static Long planValue(Long value) {
        return value == null || value == 0 ? null : value;
    }

    /** Unlimited stays unlimited; an add-on's 0 makes it unlimited; an unset add-on limit adds nothing. */
    private static Long add(Long current, Long extra, int quantity) {
        if (current == null || (extra != null && extra == 0)) {
            return null;
        }
        if (extra == null) {
            return current;
        }
        return Math.addExact(current, Math.multiplyExact(extra, quantity));
    }

}
