package io.accountsuite.site.sites;

import java.util.Locale;
import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.MultiLine;
import io.accountsuite.platform.validation.SingleLine;
import io.accountsuite.site.content.SiteContent.Kind;
import io.accountsuite.site.template.Blueprint;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The site's content, within its plan's limits, and its visit counter ({@link SiteEditing}). */
@RestController
@RequiredArgsConstructor
class ContentController {

    private final SiteEditing editing;

    record Item(@NotBlank @Size(max = 200) @SingleLine String title, @Size(max = 100_000) @MultiLine String body,
                @Pattern(regexp = "draft|published") String status) {
        Blueprint.Item toItem() {
            return new Blueprint.Item(title.strip(), body, status);
        }
    }

    record Medium(@NotBlank @Size(max = 200) @SingleLine String name,
                  @NotNull @Min(0) @Max(10L * 1024 * 1024 * 1024) Long sizeBytes) {
        Blueprint.Medium toMedium() {
            return new Blueprint.Medium(name.strip(), sizeBytes);
        }
    }

    record Created(UUID id) {
    }

    /**
     * Adds a post to the caller's site, within its plan's limit of posts.
     *
     * 201 with the post's id. {@code status}: draft or published.
     */
    @ApiResponse(responseCode = "409", description = "membership-not-active: the site is not served (reason named); "
            + "over-limit: the site is at its plan's limit")
    @PostMapping("/api/sites/{id}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Created> post(@PathVariable UUID id, @Valid @RequestBody Item item, Caller caller) {
        return editing.addItem(caller, id, Kind.POSTS, item.toItem()).map(Created::new);
    }

    /**
     * Adds a page to the caller's site, within its plan's limit of pages.
     *
     * 201 with the page's id. {@code status}: draft or published.
     */
    @ApiResponse(responseCode = "409", description = "membership-not-active: the site is not served (reason named); "
            + "over-limit: the site is at its plan's limit")
    @PostMapping("/api/sites/{id}/pages")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Created> page(@PathVariable UUID id, @Valid @RequestBody Item item, Caller caller) {
        return editing.addItem(caller, id, Kind.PAGES, item.toItem()).map(Created::new);
    }

    /**
     * Adds a medium to the caller's site, within its plan's disk space.
     *
     * 201 with the medium's id. {@code sizeBytes}: its size in bytes, counted against the plan's disk (in MB).
     */
    @ApiResponse(responseCode = "409", description = "membership-not-active: the site is not served (reason named); "
            + "over-limit: the site is at its plan's limit")
    @PostMapping("/api/sites/{id}/media")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Created> medium(@PathVariable UUID id, @Valid @RequestBody Medium medium, Caller caller) {
        return editing.addMedium(caller, id, medium.toMedium()).map(Created::new);
    }

    /** Removes a post, page or medium from the caller's site, whatever the site's standing. */
    @DeleteMapping("/api/sites/{id}/{kind:posts|pages|media}/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(@PathVariable UUID id, @PathVariable String kind, @PathVariable UUID itemId, Caller caller) {
        return editing.remove(caller, id, Kind.valueOf(kind.toUpperCase(Locale.ROOT)), itemId);
    }

    /**
     * Counts a visit to the caller's site against its monthly quota.
     *
     * 200 with the month's count and the quota ({@code allowed}, null: unlimited). The month is a calendar month in
     * UTC.
     */
    @ApiResponse(responseCode = "200", description = "The visits this month and the quota")
    @ApiResponse(responseCode = "403", description = "site-unavailable: the site is not served (reason named)")
    @ApiResponse(responseCode = "429", description = "visit-quota-reached: the site reached its monthly visits, until "
            + "the month turns (UTC)")
    @PostMapping("/api/sites/{id}/visits")
    Mono<SiteEditing.Visits> visit(@PathVariable UUID id, Caller caller) {
        return editing.visit(caller, id);
    }
}
