package io.accountsuite.gateway.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.backend.MembershipClient;
import io.accountsuite.gateway.composition.CompositionProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

/**
 * The change-membership view: the plans and add-ons the customer may pick, with the current ones selected. The
 * preview (amount due now, credit, new limits against usage, what blocks the change) and the change itself are
 * the membership API's, called from the page.
 */
@Controller
@RequiredArgsConstructor
class MembershipChangePageController {

    private final MembershipClient memberships;
    private final CompositionProperties properties;
    private final LimitNames limitNames;

    @GetMapping("/account/membership")
    Mono<String> changeMembership(@AuthenticationPrincipal Jwt caller, Locale locale, Model model) {
        String token = caller.getTokenValue();
        return memberships.memberships(token, properties.blockTimeout())
                .flatMap(list -> {
                    if (!list.isOk() || ((List<?>) list.data()).isEmpty()) {
                        // Nothing to offer: no membership, or the membership service cannot answer now.
                        Block nothing = list.isOk() ? Block.none() : list;
                        return Mono.just(Tuples.of(nothing, nothing));
                    }
                    Map<?, ?> membership = (Map<?, ?>) ((List<?>) list.data()).get(0);
                    return memberships.changeOptions(token, properties.blockTimeout(),
                                    String.valueOf(membership.get("id")))
                            .map(options -> Tuples.of(Block.ok(membership), options));
                })
                .doOnNext(blocks -> {
                    model.addAttribute("membership", blocks.getT1());
                    model.addAttribute("options", blocks.getT2());
                    model.addAttribute("limitLabels", limitNames.in(locale));
                })
                .thenReturn("membership-change");
    }
}
