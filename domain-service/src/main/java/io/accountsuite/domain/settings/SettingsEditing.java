package io.accountsuite.domain.settings;

import java.util.function.UnaryOperator;

import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The network admin's save of the domain-mapping settings, in one transaction with its audit entry (issue 20:
 * {@code domain-settings-updated}, network-wide; before and after as the admin reads them).
 */
@Service
@RequiredArgsConstructor
public class SettingsEditing {

    private final Settings settings;
    private final AdminAudit audit;
    private final TransactionalOperator tx;

    /** Saves what {@code edit} makes of the current settings (the deployment's defaults until a first save). */
    public Mono<DomainSettings> save(Caller admin, UnaryOperator<DomainSettings> edit) {
        return tx.transactional(settings.current()
                .flatMap(before -> settings.save(edit.apply(before))
                        .flatMap(after -> audit.record(admin, "domain-settings-updated", null, "domain settings",
                                SettingsView.of(before), SettingsView.of(after)).thenReturn(after))));
    }
}
