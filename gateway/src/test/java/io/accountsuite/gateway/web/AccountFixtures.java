package io.accountsuite.gateway.web;

import io.accountsuite.gateway.GatewayTestBackends;
import io.accountsuite.testkit.ContractFixtures;
import io.accountsuite.testkit.StubBackend.Answer;

import static io.accountsuite.gateway.GatewayTestBackends.BILLING;
import static io.accountsuite.gateway.GatewayTestBackends.DOMAIN;
import static io.accountsuite.gateway.GatewayTestBackends.IDENTITY;
import static io.accountsuite.gateway.GatewayTestBackends.MEMBERSHIP;
import static io.accountsuite.gateway.GatewayTestBackends.SITE;

/** The services' answers the account page is composed of, as the contract fixtures give them. */
final class AccountFixtures {

    private AccountFixtures() {
    }

    /** Every stub service forgets what it was told, then answers each of the page's blocks with its fixture. */
    static void answerEveryBlock() {
        GatewayTestBackends.resetAll();
        // Every answer here is a contract fixture the owning service's own tests check it still gives.
        IDENTITY.answer("GET", "/api/account/profile", fixture("identity/profile"));
        MEMBERSHIP.answer("GET", "/api/memberships", fixture("membership/memberships"));
        SITE.answer("GET", "/api/sites/overview", fixture("site/overview"));
        BILLING.answer("GET", "/api/billing/overview", fixture("billing/overview"));
        DOMAIN.answer("GET", "/api/domains/overview", fixture("domain/overview"));
    }

    /** The named contract fixture ({@code "membership/memberships"}) as a 200 JSON answer. */
    static Answer fixture(String name) {
        return Answer.json(200, ContractFixtures.json(name));
    }
}
