package io.accountsuite.site.template;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The network admin's changes to templates and to the template-switching setting, each in one transaction with its
 * audit entry (issue 20: {@code template-created}, {@code template-updated}, {@code site-settings-updated};
 * network-wide, so no customer; before and after are the template as the admin list shows it, or the setting).
 */
@Service
@RequiredArgsConstructor
public class TemplateEditing {

    private final Templates templates;
    private final AdminAudit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public Mono<Template> create(Caller admin, Template template) {
        return tx.transactional(templates.save(template, clock.instant())
                .flatMap(saved -> audit.record(admin, "template-created", null, subject(saved), null, saved)
                        .thenReturn(saved)));
    }

    /**
     * Replaces template {@code id} with what {@code edit} makes of it (a template with {@code active} false is
     * deactivated: no longer offered to switch to).
     *
     * @return the template as saved; 404 {@code not-found} for an unknown id
     */
    public Mono<Template> update(Caller admin, UUID id, UnaryOperator<Template> edit) {
        return tx.transactional(templates.lock(id)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("template")))
                .flatMap(before -> templates.save(edit.apply(before), clock.instant())
                        .flatMap(after -> audit.record(admin, "template-updated", null, subject(after), before,
                                after).thenReturn(after))));
    }

    /** Allows or stops template switching network-wide; answers the setting as saved. */
    public Mono<Boolean> allowSwitching(Caller admin, boolean allowed) {
        return tx.transactional(templates.switchingAllowed()
                .flatMap(before -> templates.allowSwitching(allowed)
                        .then(audit.record(admin, "site-settings-updated", null, "site settings",
                                Map.of("allowTemplateSwitching", before), Map.of("allowTemplateSwitching", allowed))))
                .thenReturn(allowed));
    }

    private static String subject(Template template) {
        return "template " + template.id();
    }
}
