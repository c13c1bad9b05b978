package io.accountsuite.notification.settings;

import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The network admin's save of the mails' sender, in one transaction with its audit entry (issue 20:
 * {@code sender-settings-updated}, network-wide; before and after as the admin reads them).
 */
@Service
@RequiredArgsConstructor
public class SenderEditing {

    private final SenderSettings settings;
    private final AdminAudit audit;
    private final TransactionalOperator tx;

    /** Saves {@code sender}; before is the current one (the deployment's default until a first save). */
    public Mono<Sender> save(Caller admin, Sender sender) {
        return tx.transactional(settings.current()
                .flatMap(before -> settings.save(sender)
                        .flatMap(after -> audit.record(admin, "sender-settings-updated", null, "sender settings",
                                SenderView.of(before), SenderView.of(after)).thenReturn(after))));
    }
}
