package io.accountsuite.notification.settings;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.EmailShape;
import io.accountsuite.platform.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The network admin's mail settings: who the mails come from (part of the composed /api/admin/settings). */
@RestController
@RequestMapping("/api/admin/settings/notifications")
@RequiredArgsConstructor
class SenderController {

    private final SenderSettings settings;
    private final SenderEditing editing;

    /** {@code senderName}: the display name (1–100 characters, one line); {@code senderAddress}: an email. */
    record SenderForm(@NotBlank @Size(max = 100) @SingleLine String senderName,
                      @NotBlank @Size(max = 254) String senderAddress) {
    }

    /** Retrieves who the mails come from: the sender's name and address (role admin). */
    @GetMapping
    Mono<SenderView> get() {
        return settings.current().map(SenderView::of);
    }

    /**
     * Saves who the mails come from: the sender's name and address (role admin).
     *
     * 200 with the saved settings; 400 {@code validation-failed} for an invalid name or address.
     */
    @PutMapping
    Mono<SenderView> put(@Valid @RequestBody SenderForm form, Caller admin) {
        if (!EmailShape.matches(form.senderAddress().strip())) {
            return Mono.error(ApiProblem.invalid("senderAddress", Message.of("notification.sender.address")));
        }
        return editing.save(admin, new Sender(form.senderName().strip(), form.senderAddress().strip()))
                .map(SenderView::of);
    }
}
