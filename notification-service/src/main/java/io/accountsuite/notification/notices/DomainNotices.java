package io.accountsuite.notification.notices;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainStageChanged;
import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.platform.inbox.EventHandler;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** A custom domain's verification ended: live ({@code done}, or without HTTPS where allowed), or failed. */
@Configuration
class DomainNotices {

    @Bean
    EventHandler<DomainStageChanged> domainStageChanged(Recipients recipients, Notices notices, MessageSource words) {
        return EventHandler.of("domain-stage-changed", DomainEvents.DOMAIN_STAGE_CHANGED, event -> {
            DomainStageChanged changed = event.payload();
            Kind kind = switch (changed.stage()) {
                case "done", "done-without-ssl" -> Kind.DOMAIN_LIVE;
                case "failed" -> Kind.DOMAIN_FAILED;
                case "ssl-failed" -> Kind.DOMAIN_SSL_FAILED;
                default -> null;
            };
            if (kind == null || changed.domain() == null) {
                return Mono.empty();
            }
            return recipients.require(event.customerId()).flatMap(reader -> notices.tell(event.eventId(), reader,
                    reader.email(), Letter.of(kind, "/account", changed.domain(), changed.dnsAnswer() != null
                            ? changed.dnsAnswer() : words.getMessage("dns.nothing", null, reader.locale()))));
        });
    }
}
