package io.accountsuite.site.sites;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteCreated;
import io.accountsuite.contracts.site.SiteEvents.SiteDeleted;
import io.accountsuite.contracts.site.SiteEvents.SiteTemplateSwitched;
import org.jspecify.annotations.Nullable;

/**
 * A customer's website, tied to a membership; its address is {@code <slug>.<network domain>}. Its life is a few
 * transitions, each returning the site as it is after and the event that announces it, which the caller appends
 * to the outbox in the same transaction as the change (SPEC "Sites", "Delete site", "Template switching").
 *
 * @param templateId the template its content last came from; null for a site created without one
 */
public record Site(UUID id, UUID customerId, UUID membershipId, String title, String slug,
                   @Nullable UUID templateId, Instant createdAt) {

    /** What a transition did: the site after it, and the event to publish with it. */
    public record Transition<E>(Site site, EventType<E> type, E event) {
    }

    /**
     * The site a new membership asks for, created once with its template's content; {@code served} says whether the
     * membership stands now (SPEC "Standing"), for the services that act on it (custom domains).
     */
    public static Transition<SiteCreated> create(UUID customerId, UUID membershipId, String title, String slug,
                                                 @Nullable UUID templateId, boolean served, Instant at) {
        Site site = new Site(UUID.randomUUID(), customerId, membershipId, title, slug, templateId, at);
        return new Transition<>(site, SiteEvents.SITE_CREATED, new SiteCreated(site.id, membershipId, templateId,
                served));
    }

    /** The switch {@code switchId} replaced the site's content with template {@code to}'s. */
    public Transition<SiteTemplateSwitched> switchTemplate(UUID switchId, UUID to) {
        Site switched = new Site(id, customerId, membershipId, title, slug, to, createdAt);
        return new Transition<>(switched, SiteEvents.SITE_TEMPLATE_SWITCHED,
                new SiteTemplateSwitched(id, switchId, to));
    }

    /** The owner deleted the site: irreversible; the membership and the account stay. */
    public Transition<SiteDeleted> delete() {
        return new Transition<>(this, SiteEvents.SITE_DELETED, new SiteDeleted(id, membershipId));
    }
}
