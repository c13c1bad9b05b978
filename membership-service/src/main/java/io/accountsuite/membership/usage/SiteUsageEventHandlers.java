package io.accountsuite.membership.usage;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainCountChanged;
import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteDeleted;
import io.accountsuite.contracts.site.SiteEvents.SiteUsageChanged;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site usage projection ({@link SiteUsages}) follows site-service's and domain-service's reports. */
@Configuration
class SiteUsageEventHandlers {

    @Bean
    EventHandler<SiteUsageChanged> siteUsageHandler(SiteUsages usages) {
        return EventHandler.of("site-usage", SiteEvents.SITE_USAGE_CHANGED,
                event -> usages.recordUsage(event.payload(), event.occurredAt()));
    }

    @Bean
    EventHandler<DomainCountChanged> domainCountHandler(SiteUsages usages) {
        return EventHandler.of("domain-count", DomainEvents.DOMAIN_COUNT_CHANGED,
                event -> usages.recordDomains(event.payload(), event.occurredAt()));
    }

    @Bean
    EventHandler<SiteDeleted> siteDeletedHandler(SiteUsages usages) {
        return EventHandler.of("site-deleted", SiteEvents.SITE_DELETED,
                event -> usages.forgetSite(event.payload().siteId(), event.payload().membershipId()));
    }
}
