package io.accountsuite.e2e.reliability.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.e2e.RunningSuite.Response;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;

/**
 * What the hostile requests must leave as it was, read through the API: the owner's profile, memberships, billing
 * address, invoices, credit notes, account credit, sites and domains; what the stranger has (nothing); and the
 * network's settings, products and templates as the admin reads them. A domain is compared by its id, name and
 * primary flag only: its verification stage moves on by itself.
 */
public final class OwnerState {

    private OwnerState() {
    }

    /** Each read by its path, as status and JSON. */
    public static Map<String, Object> read(String owner, String stranger, String admin, String siteId,
                                           String membershipId) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String path : List.of("/api/account/profile", "/api/memberships", "/api/memberships/" + membershipId,
                "/api/billing/address", "/api/billing/invoices", "/api/billing/credit-notes",
                "/api/billing/account-credit", "/api/sites", "/api/sites/" + siteId)) {
            state.put("owner " + path, answer(call("GET", gateway(path), owner, null)));
        }
        state.put("owner domains", call("GET", gateway("/api/sites/" + siteId + "/domains"), owner, null).list()
                .stream().map(d -> List.of(d.get("id"), d.get("domain"), d.get("primary"))).toList());
        for (String path : List.of("/api/memberships", "/api/sites")) {
            state.put("stranger " + path, answer(call("GET", gateway(path), stranger, null)));
        }
        for (String path : List.of("/api/admin/settings", "/api/admin/products", "/api/admin/templates")) {
            state.put("admin " + path, answer(call("GET", gateway(path), admin, null)));
        }
        return state;
    }

    private static Object answer(Response response) {
        return List.of(response.status(), response.list().isEmpty() ? response.body() : response.list());
    }
}
