package io.accountsuite.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.membership.MembershipEvents.ChargeLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    record NoteCreated(String text) {
        static final EventType<NoteCreated> TYPE =
                EventType.of("NoteCreated", 1, "platform-test.events", NoteCreated.class);
    }

    private final EventJson json = new EventJson();

    @Test
    void an_event_reads_back_as_written() {
        EventEnvelope<NoteCreated> event = EventEnvelope.of(NoteCreated.TYPE, Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
                new NoteCreated("hi")).withTraceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        EventEnvelope<NoteCreated> read = json.read("platform-test.events", json.write(event)).as(NoteCreated.TYPE);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void unknown_fields_in_the_envelope_and_payload_are_ignored() {
        String text = """
                {"eventId":"%s","type":"NoteCreated","version":2,"occurredAt":"2026-11-26T10:00:00Z",
                 "customerId":"%s","aggregateId":"%s","addedLater":true,
                 "payload":{"text":"tolerant","newField":[1,2]}}""".formatted(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());

        ReceivedEvent received = json.read("platform-test.events", text);

        assertThat(received.is(NoteCreated.TYPE)).isTrue();
        assertThat(received.as(NoteCreated.TYPE).payload().text()).isEqualTo("tolerant");
        assertThat(received.envelope().version()).isEqualTo(2);
    }

    @Test
    void a_charge_line_from_before_issue_21_reads_without_subject_and_reason() {
        String text = """
                {"eventId":"%s","type":"MembershipChargeDue","version":1,"occurredAt":"2026-11-26T10:00:00Z",
                 "customerId":"%s","aggregateId":"%s","payload":{"membershipId":"%s","invoiceId":"%s",
                 "charge":{"kind":"initial","total":{"amount":"35.00","currency":"USD"},"lines":[
                 {"type":"fee","description":"Setup fee: Basic","productId":null,"quantity":1,
                  "amount":{"amount":"35.00","currency":"USD"}}]}}}""".formatted(UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        ChargeLine line = json.read("membership.events", text).as(MembershipEvents.MEMBERSHIP_CHARGE_DUE).payload()
                .charge().lines().get(0);

        assertThat(line).isEqualTo(new ChargeLine("fee", "Setup fee: Basic", null, 1, new Amount("35.00", "USD")));
        assertThat(line.subject()).isNull();
        assertThat(line.reason()).isNull();
    }

    @Test
    void a_charge_line_keeps_its_subject_and_reason_on_the_wire() {
        var due = new MembershipEvents.MembershipChargeDue(UUID.randomUUID(), UUID.randomUUID(), null, null,
                new MembershipEvents.Charge("upgrade", List.of(new ChargeLine("credit", "Unused time on Basic",
                        null, 1, new Amount("-5.00", "USD"), "Basic", "unused-time")), new Amount("-5.00", "USD")));
        var event = EventEnvelope.of(MembershipEvents.MEMBERSHIP_CHARGE_DUE, Instant.now(), UUID.randomUUID(),
                UUID.randomUUID(), due);

        String written = json.write(event);

        assertThat(written).contains("\"subject\":\"Basic\"").contains("\"reason\":\"unused-time\"");
        assertThat(json.read("membership.events", written).as(MembershipEvents.MEMBERSHIP_CHARGE_DUE).payload())
                .isEqualTo(due);
    }

    @Test
    void a_record_without_the_envelope_fields_is_malformed() {
        assertThatThrownBy(() -> json.read("t", "{\"type\":\"NoteCreated\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("eventId");
        assertThatThrownBy(() -> json.read("t", "not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> json.read("t", """
                {"eventId":"nope","type":"X","version":1,"occurredAt":"2026-11-26T10:00:00Z",
                 "customerId":"%s","aggregateId":"%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void the_same_type_on_another_topic_is_not_that_event() {
        EventEnvelope<NoteCreated> event = EventEnvelope.of(NoteCreated.TYPE, Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
                new NoteCreated("hi"));
        assertThat(json.read("other.events", json.write(event)).is(NoteCreated.TYPE)).isFalse();
    }
}
