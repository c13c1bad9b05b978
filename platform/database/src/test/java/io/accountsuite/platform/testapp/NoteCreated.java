package io.accountsuite.platform.testapp;

import io.accountsuite.contracts.EventType;

public record NoteCreated(String text) {

    public static final EventType<NoteCreated> TYPE =
            EventType.of("NoteCreated", 1, "platform-test.events", NoteCreated.class);
}
