package io.accountsuite.notification.settings;

/**
 * Who mails come from: {@code name} is shown, {@code address} is the From address (RFC 5322 3.4); its domain also
 * names each message's Message-ID.
 */
public record Sender(String name, String address) {

    /** The domain part of the address, for Message-IDs ({@code <id@domain>}). */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
