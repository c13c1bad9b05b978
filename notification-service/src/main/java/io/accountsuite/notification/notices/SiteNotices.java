package io.accountsuite.notification.notices;

import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.TemplateSwitchProgressed;
import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** A template switch ended: done, or failed with site-service's reason (the site left as it was). */
@Configuration
class SiteNotices {

    @Bean
    EventHandler<TemplateSwitchProgressed> templateSwitchProgressed(Notices notices) {
        return EventHandler.of("template-switch-progressed", SiteEvents.TEMPLATE_SWITCH_PROGRESSED, event -> {
            TemplateSwitchProgressed progress = event.payload();
            return switch (progress.status()) {
                case "done" -> notices.tell(event.eventId(), event.customerId(),
                        Letter.of(Kind.TEMPLATE_SWITCH_DONE, "/account"));
                case "failed" -> notices.tell(event.eventId(), event.customerId(),
                        Letter.of(Kind.TEMPLATE_SWITCH_FAILED, "/account",
                                progress.reason() == null ? "" : progress.reason()));
                default -> Mono.empty();
            };
        });
    }
}
