package io.accountsuite.site.switching;

import java.util.List;
import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    /**
     * Lists the templates the caller's site may switch to.
     *
     * Offered only when the network allows template switching and the plan lets the customer choose (SPEC section 6).
     */
    @ApiResponse(responseCode = "200", description = "The templates offered")
    @ApiResponse(responseCode = "403", description = "template-switching-not-allowed: the network or the plan does "
            + "not allow it (reason in detail)")
    @GetMapping("/api/sites/{id}/templates")
    Mono<List<TemplateView>> available(@PathVariable UUID id, Caller caller) {
        return switching.available(caller, id).map(list -> list.stream().map(TemplateView::of).toList());
    }

    /**
     * Switches the caller's site to another template, replacing its content with the template's.
     *
     * Confirmed with {@code confirm: true} (400 otherwise), all or nothing; the site keeps its owner, membership and
     * title (SPEC section 6). 202 with the switch, run as a job (one at a time per site): follow it at its
     * {@code switchId}.
     */
    @ApiResponse(responseCode = "403", description = "template-switching-not-allowed: the network or the plan does "
            + "not allow it")
    @ApiResponse(responseCode = "409", description = "switch-in-progress: a switch is already under way; "
            + "membership-not-active: the site is not served")
    @PostMapping("/api/sites/{id}/template-switches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<SwitchView> switchTemplate(@PathVariable UUID id, @RequestBody SwitchRequest body, Caller caller) {
        return switching.request(caller, id, body.templateId(), body.confirm()).map(SwitchView::of);
    }

    /** Retrieves a template switch of the caller's site: its status and progress (0 to 100). */
    @GetMapping("/api/sites/{id}/template-switches/{switchId}")
    Mono<SwitchView> switchStatus(@PathVariable UUID id, @PathVariable UUID switchId, Caller caller) {
        return switching.status(caller, id, switchId).map(SwitchView::of);
    }
}
