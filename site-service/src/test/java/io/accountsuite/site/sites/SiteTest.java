package io.accountsuite.site.sites;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.site.SiteEvents;
import io.accountsuite.contracts.site.SiteEvents.SiteCreated;
import io.accountsuite.contracts.site.SiteEvents.SiteDeleted;
import io.accountsuite.contracts.site.SiteEvents.SiteTemplateSwitched;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteTest {

    private static final Instant NOW = Instant.parse("2027-06-10T10:00:00Z");
    private static final UUID ANN = UUID.randomUUID();
    private static final UUID MEMBERSHIP = UUID.randomUUID();
    private static final UUID BAKERY = UUID.randomUUID();

    @Test
    void a_new_site_is_announced_with_its_membership_and_template() {
        Site.Transition<SiteCreated> created = Site.create(ANN, MEMBERSHIP, "Ann's Bakery", "ann-bakery", BAKERY, true,
                NOW);

        assertThat(created.site()).extracting(Site::customerId, Site::membershipId, Site::slug, Site::templateId,
                Site::createdAt).containsExactly(ANN, MEMBERSHIP, "ann-bakery", BAKERY, NOW);
        assertThat(created.type()).isEqualTo(SiteEvents.SITE_CREATED);
        assertThat(created.event()).isEqualTo(new SiteCreated(created.site().id(), MEMBERSHIP, BAKERY, true));
    }

    @Test
    void a_finished_switch_changes_only_the_template_and_names_the_switch() {
        Site site = Site.create(ANN, MEMBERSHIP, "Ann's Bakery", "ann-bakery", BAKERY, true, NOW).site();
        UUID portfolio = UUID.randomUUID();
        UUID switchId = UUID.randomUUID();

        Site.Transition<SiteTemplateSwitched> switched = site.switchTemplate(switchId, portfolio);

        assertThat(switched.site()).isEqualTo(new Site(site.id(), ANN, MEMBERSHIP, "Ann's Bakery", "ann-bakery",
                portfolio, NOW));
        assertThat(switched.event()).isEqualTo(new SiteTemplateSwitched(site.id(), switchId, portfolio));
    }

    @Test
    void deleting_announces_the_site_and_its_membership() {
        Site site = Site.create(ANN, MEMBERSHIP, "Ann's Bakery", "ann-bakery", null, false, NOW).site();

        Site.Transition<SiteDeleted> deleted = site.delete();

        assertThat(deleted.type()).isEqualTo(SiteEvents.SITE_DELETED);
        assertThat(deleted.event()).isEqualTo(new SiteDeleted(site.id(), MEMBERSHIP));
    }
}
