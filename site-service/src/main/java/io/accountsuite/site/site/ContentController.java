package io.accountsuite.site.site;

import java.util.UUID;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.SingleLine;
import io.accountsuite.site.content.SiteContent;
import io.accountsuite.site.content.SiteContent.Kind;
import io.accountsuite.site.limits.Entitlements;
import io.accountsuite.site.limits.EntitlementsStore;
import io.accountsuite.site.limits.LimitCheck;
import io.accountsuite.site.serving.Standings;
import io.accountsuite.site.template.Blueprint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The site's content, within its plan's limits, and its visit counter. */
@RestController
class ContentController {

    private final OwnedSites owned;
    private final SiteContent content;
    private final EntitlementsStore entitlements;
    private final Standings standings;
    private final UsageReports usage;
    private final TransactionalOperator tx;

    ContentController(OwnedSites owned, SiteContent content, EntitlementsStore entitlements, Standings standings,
                      UsageReports usage, TransactionalOperator tx) {
        this.owned = owned;
        this.content = content;
        this.entitlements = entitlements;
        this.standings = standings;
        this.usage = usage;
        this.tx = tx;
    }

    record Item(@NotBlank @Size(max = 200) @SingleLine String title, @Size(max = 100_000) String body,
                @Pattern(regexp = "draft|published") String status) {
    }

    record Medium(@NotBlank @Size(max = 200) @SingleLine String name,
                  @NotNull @Min(0) @Max(10L * 1024 * 1024 * 1024) Long sizeBytes) {
    }

    record Created(UUID id) {
    }

    record Visits(long thisMonth, Long allowed) {
    }

    @PostMapping("/api/sites/{id}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Created> post(@PathVariable UUID id, @Valid @RequestBody Item item, Caller caller) {
        return add(caller, id, Kind.POSTS, item);
    }

    @PostMapping("/api/sites/{id}/pages")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Created> page(@PathVariable UUID id, @Valid @RequestBody Item item, Caller caller) {
        return add(caller, id, Kind.PAGES, item);
    }

    @PostMapping("/api/sites/{id}/media")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Created> medium(@PathVariable UUID id, @Valid @RequestBody Medium medium, Caller caller) {
        return tx.transactional(owned.lock(caller, id).flatMap(site -> writable(site).then(limitsOf(site)).flatMap(e ->
                content.usage(site.id(), usage.month()).flatMap(used -> {
                    LimitCheck.roomForDisk(used.diskBytes(), medium.sizeBytes(), e.diskMb());
                    return content.addMedium(site.id(), new Blueprint.Medium(medium.name().strip(), medium.sizeBytes()))
                            .flatMap(created -> usage.report(site).thenReturn(new Created(created)));
                }))));
    }

    @DeleteMapping("/api/sites/{id}/{kind:posts|pages|media}/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(@PathVariable UUID id, @PathVariable String kind, @PathVariable UUID itemId, Caller caller) {
        return tx.transactional(owned.lock(caller, id).flatMap(site ->
                content.remove(Kind.valueOf(kind.toUpperCase()), site.id(), itemId).flatMap(found -> found
                        ? usage.report(site) : Mono.error(ApiProblem.notFound(kind.substring(0, kind.length() - 1))))));
    }

    /**
     * Counts a visit; past the month's quota the site answers 429 until the month turns (UTC), and a site that is not
     * served answers 403 {@code site-unavailable} naming why.
     */
    @PostMapping("/api/sites/{id}/visits")
    Mono<Visits> visit(@PathVariable UUID id, Caller caller) {
        return tx.transactional(owned.lock(caller, id).flatMap(site -> standings.of(site.membershipId())
                .flatMap(serving -> serving.served() ? limitsOf(site) : Mono.error(serving.visitRefused()))
                .flatMap(e ->
                content.usage(site.id(), usage.month()).flatMap(used -> {
                    if (e.visitsPerMonth() != null && used.visitsThisMonth() >= e.visitsPerMonth()) {
                        return Mono.error(LimitCheck.visitQuota(e.visitsPerMonth()));
                    }
                    return content.countVisit(site.id(), usage.month()).map(n -> new Visits(n, e.visitsPerMonth()));
                }))));
    }

    private Mono<Created> add(Caller caller, UUID id, Kind kind, Item item) {
        return tx.transactional(owned.lock(caller, id).flatMap(site -> writable(site).then(limitsOf(site)).flatMap(e ->
                content.usage(site.id(), usage.month()).flatMap(used -> {
                    if (kind == Kind.POSTS) {
                        LimitCheck.roomForOne("posts", used.posts(), e.posts());
                    } else {
                        LimitCheck.roomForOne("pages", used.pages(), e.pages());
                    }
                    return content.addItem(kind, site.id(), new Blueprint.Item(item.title().strip(),
                                    item.body(), item.status()))
                            .flatMap(created -> usage.report(site).thenReturn(new Created(created)));
                }))));
    }

    /** New content needs a served site: 409 {@code membership-not-active} otherwise (removing content is allowed). */
    private Mono<Void> writable(Site site) {
        return standings.of(site.membershipId())
                .flatMap(serving -> serving.served() ? Mono.empty() : Mono.error(serving.writeRefused()));
    }

    private Mono<Entitlements> limitsOf(Site site) {
        return entitlements.of(site.membershipId()).switchIfEmpty(Mono.error(() ->
                ProblemType.SERVICE_UNAVAILABLE.problem(
                        "This site's plan limits are not known yet; try again shortly")));
    }
}
