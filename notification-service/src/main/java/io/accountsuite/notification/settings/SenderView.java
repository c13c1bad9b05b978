package io.accountsuite.notification.settings;

/** The sender as the admin reads and saves it (and as its audit entries keep it). */
record SenderView(String senderName, String senderAddress) {
    static SenderView of(Sender s) {
        return new SenderView(s.name(), s.address());
    }
}
