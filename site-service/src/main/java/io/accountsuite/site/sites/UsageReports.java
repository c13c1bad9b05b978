package io.accountsuite.site.sites;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteUsageChanged;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.site.content.SiteContent;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Announces a site's usage, inside the transaction that changed it, so membership-service's projection follows. */
@Component
@RequiredArgsConstructor
public class UsageReports {

    private final SiteContent content;
    private final Outbox outbox;
    private final Clock clock;

    public LocalDate month() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
    }

    public Mono<Void> report(Site site) {
        return content.usage(site.id(), month()).flatMap(usage -> outbox.append(SiteEvents.SITE_USAGE_CHANGED,
                site.customerId(), site.id(), new SiteUsageChanged(site.id(), site.membershipId(), usage.diskMb(),
                        usage.posts(), usage.pages(), usage.users(), usage.visitsThisMonth()))).then();
    }
}
