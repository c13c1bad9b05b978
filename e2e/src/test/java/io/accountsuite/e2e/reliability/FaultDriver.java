package io.accountsuite.e2e.reliability;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.NewCustomer;
import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.e2e.RunningSuite.Response;

import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.awaitility.Awaitility.await;

/**
 * Customers acting on the running suite while its processes are killed: purchases with payment, plan changes and
 * add-ons, address updates, domain adds and primaries, template switches, content writes, site deletions and one
 * account deletion. Each customer behaves as a well-made client does: a write that got no answer, or a 502/503/504,
 * is sent again (with the same {@code Idempotency-Key} where the API takes one; writes without a key are sent
 * again only when they never reached the suite, or are idempotent by nature), and an expired sign-in is renewed.
 * The driver remembers what it was promised (each charge's invoice), for the invariants to check afterwards.
 */
final class FaultDriver {

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    private static final Duration BACKOFF = Duration.ofMillis(400);
    private static final int SITE_OFFSET = 4;

    /** One customer of the driver and what the suite has told it so far. */
    static final class Account {
        final int index;
        final String email;
        final String name;
        volatile String token;
        volatile String customerId;
        volatile String membershipId;
        volatile String siteId;
        volatile String siteTitle;
        volatile String plan = "none";
        volatile boolean downgradeScheduled;
        volatile boolean siteDeleted;
        volatile boolean accountDeleted;
        /** The purchase, made before the kills: building it asks the catalog and the admin's templates. */
        Map<String, Object> purchase;
        final List<String> domainIds = new ArrayList<>();
        final List<String> domainNames = new ArrayList<>();
        /** The invoices the suite said each charging change (the purchase's included) is billed on. */
        final Set<String> charges = new LinkedHashSet<>();
        int purchases;
        int step;

        Account(int index, NewCustomer customer) {
            this.index = index;
            this.email = customer.email();
            this.name = customer.name();
            this.token = customer.token();
        }

        String tag() {
            return email.substring(2, 10);
        }
    }

    private final List<Account> accounts;
    private final Random random;
    private final int actionsPerAccount;
    private final String basic = Customers.productId("demo-basic");
    private final String pro = Customers.productId("demo-pro");
    private final String extraPosts = Customers.productId("demo-extra-posts");
    private final AtomicInteger actions = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final ConcurrentMap<String, ConcurrentMap<Integer, AtomicInteger>> answers = new ConcurrentHashMap<>();

    private FaultDriver(List<Account> accounts, long seed, int actionsPerAccount) {
        this.accounts = accounts;
        this.random = new Random(seed);
        this.actionsPerAccount = actionsPerAccount;
    }

    /** {@code customers} new customers (accounts only, nothing bought yet), each to act {@code each} times. */
    static FaultDriver of(int customers, int each, long seed) {
        List<Account> accounts = IntStream.range(0, customers)
                .mapToObj(i -> new Account(i, Customers.create())).toList();
        for (Account account : accounts) {
            account.customerId = RunningSuite.call("GET", gateway("/api/account/profile"), account.token, null)
                    .string("id");
            account.siteTitle = "Fault site " + account.tag();
            account.purchase = Customers.membership("demo-basic", account.siteTitle, "fault-" + account.tag());
        }
        return new FaultDriver(accounts, seed, each);
    }

    List<Account> accounts() {
        return accounts;
    }

    /** The account that deletes itself as its last action. */
    Account deletedAccount() {
        return accounts.get(3);
    }

    /** Actions taken so far, retries not counted. */
    int actions() {
        return actions.get();
    }

    int retries() {
        return retries.get();
    }

    /** Final answers per action kind: status → count (0: no answer at all). */
    Map<String, ConcurrentMap<Integer, AtomicInteger>> answers() {
        return answers;
    }

    /** Takes the account's next action; the first is always the purchase, and some accounts end with a deletion. */
    void next(Account account) {
        int step = account.step++;
        actions.incrementAndGet();
        if (step == 0) {
            purchase(account);
        } else if (account == deletedAccount() && step == actionsPerAccount - 1) {
            deleteAccount(account);
        } else if (account.index < 3 && step == actionsPerAccount - 1) {
            deleteSite(account);
        } else {
            randomAction(account);
        }
    }

    private void randomAction(Account account) {
        if (account.siteDeleted || account.membershipId == null) {
            updateAddress(account);
            return;
        }
        List<Runnable> choices = new ArrayList<>(List.of(() -> updateAddress(account), () -> writeContent(account),
                () -> switchTemplate(account), () -> buyAddOn(account)));
        if ("basic".equals(account.plan)) {
            choices.add(() -> upgrade(account));
            choices.add(() -> upgrade(account));
        } else {
            choices.add(() -> addDomain(account));
            choices.add(() -> addDomain(account));
            if (!account.domainIds.isEmpty()) {
                choices.add(() -> makePrimary(account));
            }
            if (!account.downgradeScheduled) {
                choices.add(() -> downgrade(account));
            }
        }
        Runnable choice;
        synchronized (random) {
            choice = choices.get(random.nextInt(choices.size()));
        }
        choice.run();
    }

    private void purchase(Account account) {
        Response bought = send("purchase", account, "POST", gateway("/api/memberships"), account.purchase,
                "purchase-" + account.tag(), true);
        if (bought == null || bought.status() != 201) {
            return;
        }
        account.purchases++;
        account.membershipId = bought.string("id");
        account.plan = "basic";
        String invoice = await().atMost(GIVE_UP_AFTER).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> RunningSuite.call("GET", gateway("/api/billing/invoices"), account.token, null).list(),
                        list -> !list.isEmpty()).get(0).get("id").toString();
        account.charges.add(invoice);
        pay(account, invoice);
        account.siteId = await().atMost(GIVE_UP_AFTER).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> RunningSuite.call("GET", gateway("/api/sites"), account.token, null).list(),
                        list -> !list.isEmpty()).get(0).get("id").toString();
    }

    private void pay(Account account, String invoice) {
        // The invoice is issued from the charge's event: until billing has it, paying answers 404; keep asking.
        await().atMost(GIVE_UP_AFTER).pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
            Response paid = send("payment", account, "POST", gateway("/api/billing/invoices/" + invoice + "/payment"),
                    Map.of(), "pay-" + invoice, true);
            return paid != null && (paid.status() == 200 || paid.status() == 409);
        });
    }

    private void upgrade(Account account) {
        Response changed = change(account, Map.of("planId", pro));
        if (changed != null && changed.status() == 200) {
            account.plan = "pro";
            payIfCharged(account, changed);
        }
    }

    private void downgrade(Account account) {
        Response changed = change(account, Map.of("planId", basic));
        if (changed != null && changed.status() == 200) {
            account.downgradeScheduled = true;
        }
    }

    private void buyAddOn(Account account) {
        Response changed = change(account, Map.of("addOns", List.of(Map.of("productId", extraPosts, "quantity",
                1 + account.step % 2))));
        if (changed != null && changed.status() == 200) {
            payIfCharged(account, changed);
        }
    }

    private Response change(Account account, Map<String, Object> body) {
        return send("change", account, "POST", gateway("/api/memberships/" + account.membershipId + "/change"), body,
                "change-" + account.tag() + "-" + account.step, true);
    }

    private void payIfCharged(Account account, Response changed) {
        String invoice = changed.string("invoiceId");
        if (invoice != null) {
            account.charges.add(invoice);
            pay(account, invoice);
        }
    }

    private void updateAddress(Account account) {
        send("address", account, "PUT", gateway("/api/billing/address"), Map.of("companyName", account.name,
                "email", account.email, "line1", account.step + " Rue du Four", "city", "Lyon",
                "postalCode", "69001", "country", "FR"), null, true);
    }

    private void addDomain(Account account) {
        String name = "d" + account.step + "-" + account.tag() + ".example.com";
        Response added = send("domain", account, "POST", gateway("/api/sites/" + account.siteId + "/domains"),
                Map.of("domain", name, "primary", account.step % 3 == 0), null, false);
        if (added != null && added.status() == 201) {
            account.domainIds.add(added.string("id"));
            account.domainNames.add(name);
        }
    }

    private void makePrimary(Account account) {
        String domain = account.domainIds.get(account.step % account.domainIds.size());
        send("primary", account, "POST", gateway("/api/sites/" + account.siteId + "/domains/" + domain + "/primary"),
                Map.of("confirm", true), null, true);
    }

    private void switchTemplate(Account account) {
        Response templates = send("templates", account, "GET",
                gateway("/api/sites/" + account.siteId + "/templates"), null, null, true);
        if (templates == null || templates.status() != 200 || templates.list().isEmpty()) {
            return;
        }
        Object template = templates.list().get(account.step % templates.list().size()).get("id");
        send("template switch", account, "POST", gateway("/api/sites/" + account.siteId + "/template-switches"),
                Map.of("templateId", template, "confirm", true), null, false);
    }

    private void writeContent(Account account) {
        // Content is written by the network's site runtime on site-service itself (not through the gateway).
        send("content", account, "POST", RunningSuite.service(SITE_OFFSET, "/api/sites/" + account.siteId + "/posts"),
                Map.of("title", "Post " + account.step, "body", "Written while processes die", "status", "draft"),
                null, false);
    }

    private void deleteSite(Account account) {
        Response deleted = send("site deletion", account, "POST",
                gateway("/api/sites/" + account.siteId + "/deletion"), Map.of("confirm", true), null, true);
        if (deleted != null && (deleted.status() == 202 || deleted.status() == 204)) {
            account.siteDeleted = true;
        }
    }

    private void deleteAccount(Account account) {
        Response deleted = send("account deletion", account, "POST", gateway("/api/account/deletion"),
                Map.of("password", Customers.PASSWORD, "confirm", true), null, true);
        if (deleted != null && deleted.status() == 202) {
            account.accountDeleted = true;
        }
    }

    /**
     * Sends a request until it gets an answer that is not "try again", or gives up after three minutes; answers
     * the last answer, or null when none came. {@code repeatable}: the request may be sent again after an
     * ambiguous failure (it has an idempotency key, or repeating it changes nothing).
     */
    private Response send(String kind, Account account, String method, String url, Object body, String key,
                          boolean repeatable) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        Response last = null;
        while (Instant.now().isBefore(giveUp)) {
            try {
                last = RunningSuite.call(method, url, account.token, body,
                        key == null ? Map.of() : Map.of("Idempotency-Key", key));
                if (last.status() == 401 && !account.accountDeleted) {
                    account.token = signIn(account);
                } else if (!(last.status() == 429 || last.status() == 503 || last.status() == 502
                        || last.status() == 504 && repeatable)) {
                    break;
                }
            } catch (IllegalStateException noAnswer) {
                last = null;
                if (!repeatable && !(noAnswer.getCause() instanceof ConnectException)) {
                    break;
                }
            }
            retries.incrementAndGet();
            backOff();
        }
        answers.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(last == null ? 0 : last.status(), s -> new AtomicInteger()).incrementAndGet();
        return last;
    }

    private String signIn(Account account) {
        return await().atMost(GIVE_UP_AFTER).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> RunningSuite.call("POST", gateway("/api/auth/login"), null,
                        Map.of("email", account.email, "password", Customers.PASSWORD)), r -> r.status() == 200)
                .string("accessToken");
    }

    /** A client's pause before it tries again (what any well-made client does), not a wait for the suite's work. */
    private static void backOff() {
        try {
            Thread.sleep(BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
