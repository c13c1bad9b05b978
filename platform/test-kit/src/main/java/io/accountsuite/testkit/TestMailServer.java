package io.accountsuite.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free loopback port, for the services that send mail. It accepts every
 * recipient except the ones {@link #refuse refused}, which it answers at RCPT TO with {@code 550 5.1.1}, as a
 * receiving server does for a mailbox that does not exist (RFC 5321 4.2.1, RFC 3463 X.1.1). It can be stopped and
 * started again on the same port, to play an outage. One instance serves a test JVM ({@link #shared}).
 */
public final class TestMailServer {

    private static TestMailServer shared;

    private final ServerSetup setup;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private RefusingGreenMail mail;

    private TestMailServer(int port) {
        this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        start();
    }

    /** The test JVM's mail server, started on first use. */
    public static synchronized TestMailServer shared() {
        if (shared == null) {
            shared = new TestMailServer(freePort());
        }
        return shared;
    }

    public int port() {
        return setup.getPort();
    }

    /** From now on, mail to {@code address} bounces with 550 (the mailbox "no longer exists"). */
    public void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    /** Every message received so far for {@code address}, oldest first. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Stops answering: connections are refused until {@link #start}. Received mail is forgotten. */
    public synchronized void stop() {
        mail.stop();
    }

    public synchronized void start() {
        mail = new RefusingGreenMail(setup, refused);
        mail.start();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GreenMail whose SMTP refuses the listed recipients (GreenMail itself accepts any). */
    private static final class RefusingGreenMail extends GreenMail {

        private final Set<String> refused;

        RefusingGreenMail(ServerSetup setup, Set<String> refused) {
            super(setup);
            this.refused = refused;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers given) {
            managers = new Managers() {
                private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                    @Override
                    public String checkRecipient(SmtpState state, MailAddress address) {
                        return refused.contains(address.getEmail().toLowerCase(Locale.ROOT))
                                ? "550 5.1.1 <" + address.getEmail() + ">: mailbox unavailable" : null;
                    }
                };

                @Override
                public SmtpManager getSmtpManager() {
                    return smtp;
                }
            };
            return super.createServices(config, managers);
        }
    }
}
