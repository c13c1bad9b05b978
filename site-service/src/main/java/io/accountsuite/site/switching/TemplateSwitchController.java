package io.accountsuite.site.switching;

import java.util.List;
import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A customer switching their site's template: the templates offered, a switch requested and followed. */
@RestController
@RequiredArgsConstructor
class TemplateSwitchController {

    private final TemplateSwitching switching;

    record SwitchRequest(UUID templateId, Boolean confirm) {
    }

    record SwitchView(UUID switchId, UUID templateId, String status, int progress, String reason) {
        static SwitchView of(Switch s) {
            return new SwitchView(s.id(), s.templateId(), s.status().value(), s.progress(), s.reason());
        }
    }

    @GetMapping("/api/sites/{id}/templates")
    Mono<List<TemplateView>> available(@PathVariable UUID id, Caller caller) {
        return switching.available(caller, id).map(list -> list.stream().map(TemplateView::of).toList());
    }

    @PostMapping("/api/sites/{id}/template-switches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<SwitchView> switchTemplate(@PathVariable UUID id, @RequestBody SwitchRequest body, Caller caller) {
        return switching.request(caller, id, body.templateId(), body.confirm()).map(SwitchView::of);
    }

    @GetMapping("/api/sites/{id}/template-switches/{switchId}")
    Mono<SwitchView> switchStatus(@PathVariable UUID id, @PathVariable UUID switchId, Caller caller) {
        return switching.status(caller, id, switchId).map(SwitchView::of);
    }
}
