package io.accountsuite.gateway.composition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.composition.PageLinks.Link;

/**
 * The account page in one answer (API.md "GET /api/account"): each block ok, none or unavailable, and the actions
 * the caller may take now. Serialized as it is for the API; the page's template reads the same blocks by name.
 */
public record AccountPage(Block profile, Block membership, Block site, Block limits, Block billingAddress,
                          Block invoices, Block creditNotes, Block accountCredit, Block domains, Block templates,
                          List<Link> links) {

    /** The actions allowed now, by {@code rel}: the page shows a button only for those. */
    public Set<String> actions() {
        return links.stream().map(Link::rel).collect(Collectors.toSet());
    }

    /** Each block by its name, for the page's template. */
    public Map<String, Object> blocks() {
        Map<String, Object> blocks = new LinkedHashMap<>();
        blocks.put("profile", profile);
        blocks.put("membership", membership);
        blocks.put("site", site);
        blocks.put("limits", limits);
        blocks.put("billingAddress", billingAddress);
        blocks.put("invoices", invoices);
        blocks.put("creditNotes", creditNotes);
        blocks.put("accountCredit", accountCredit);
        blocks.put("domains", domains);
        blocks.put("templates", templates);
        return blocks;
    }
}
