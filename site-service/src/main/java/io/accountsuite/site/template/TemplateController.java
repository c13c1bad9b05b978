package io.accountsuite.site.template;

import java.util.List;
import java.util.UUID;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.MultiLine;
import io.accountsuite.platform.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The admin's templates and the network's template-switching setting (SPEC "Templates"). */
@RestController
@RequiredArgsConstructor
class TemplateController {

    private final Templates templates;
    private final TemplateEditing editing;

    record ItemForm(@NotBlank @Size(max = 200) @SingleLine String title, @Size(max = 100_000) @MultiLine String body,
                    @Pattern(regexp = "draft|published") String status) {
    }

    record MediumForm(@NotBlank @Size(max = 200) @SingleLine String name,
                      @NotNull @Min(0) @Max(10L * 1024 * 1024 * 1024) Long sizeBytes) {
    }

    record TemplateForm(@NotBlank @Size(max = 120) @SingleLine String name,
                        @Size(max = 2000) @MultiLine String description,
                        @Size(max = 500) @Pattern(regexp = "https://\\S+") String previewUrl,
                        @Size(max = 500) List<@Valid ItemForm> posts, @Size(max = 500) List<@Valid ItemForm> pages,
                        @Size(max = 500) List<@Valid MediumForm> media, Boolean active) {
        /** The template this form describes; {@code active} not given keeps {@code activeNow}. */
        Template toTemplate(UUID id, boolean activeNow) {
            return new Template(id, name.strip(), description == null ? "" : description.strip(), previewUrl,
                    new Blueprint(items(posts), items(pages), media == null ? List.of() : media.stream()
                            .map(m -> new Blueprint.Medium(m.name().strip(), m.sizeBytes())).toList()),
                    active == null ? activeNow : active);
        }

        private static List<Blueprint.Item> items(List<ItemForm> forms) {
            return forms == null ? List.of() : forms.stream()
                    .map(f -> new Blueprint.Item(f.title().strip(), f.body(), f.status())).toList();
        }
    }

    record SiteSettings(@NotNull Boolean allowTemplateSwitching) {
    }

    /** Lists the network's site templates, active or not, with their content (role admin). */
    @GetMapping("/api/admin/templates")
    Flux<Template> all() {
        return templates.all();
    }

    /**
     * Retrieves one site template (role admin).
     *
     * As {@code GET /api/admin/templates} lists it; 404 {@code not-found} for an unknown id.
     */
    @GetMapping("/api/admin/templates/{id}")
    Mono<Template> one(@PathVariable UUID id) {
        return templates.find(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("template")));
    }

    /** Creates a site template with its posts, pages and media (role admin). 201; {@code active} defaults to true. */
    @PostMapping("/api/admin/templates")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Template> create(@Valid @RequestBody TemplateForm form, Caller admin) {
        return editing.create(admin, form.toTemplate(UUID.randomUUID(), true));
    }

    /**
     * Replaces a site template (role admin).
     *
     * {@code active: false} deactivates it; {@code active} left out keeps it as it is.
     */
    @PutMapping("/api/admin/templates/{id}")
    Mono<Template> update(@PathVariable UUID id, @Valid @RequestBody TemplateForm form, Caller admin) {
        return editing.update(admin, id, current -> form.toTemplate(id, current.active()));
    }

    /** Retrieves the network's site settings: whether customers may switch templates (role admin). */
    @GetMapping("/api/admin/settings/sites")
    Mono<SiteSettings> settings() {
        return templates.switchingAllowed().map(SiteSettings::new);
    }

    /** Saves the network's site settings: whether customers may switch templates (role admin). */
    @PutMapping("/api/admin/settings/sites")
    Mono<SiteSettings> updateSettings(@Valid @RequestBody SiteSettings settings, Caller admin) {
        return editing.allowSwitching(admin, settings.allowTemplateSwitching()).map(SiteSettings::new);
    }
}
