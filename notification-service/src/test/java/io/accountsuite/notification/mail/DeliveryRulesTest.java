package io.accountsuite.notification.mail;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** When a failed mail is tried again, and when it is given up. */
class DeliveryRulesTest {

    @Test
    void the_backoff_doubles_from_the_first_wait_up_to_the_longest() {
        DeliverySettings settings = new DeliverySettings(Duration.ofSeconds(1), 10, Duration.ofSeconds(10),
                Duration.ofMinutes(30), Duration.ofDays(30));

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(settings.backoffAfter(9)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.backoffAfter(400)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_recipient_refused_with_5xx_has_bounced() throws Exception {
        var refused = new SMTPAddressFailedException(new InternetAddress("gone@example.com"), "RCPT TO", 550,
                "550 5.1.1 mailbox unavailable");
        var failed = new SendFailedException("Invalid Addresses", refused);

        assertThat(SmtpFailure.permanent(new MailSendException(Map.of(new Object(), failed)))).isTrue();
        assertThat(SmtpFailure.describe(new MailSendException(Map.of(new Object(), failed)))).isNotBlank();
    }

    @Test
    void a_mailbox_busy_for_now_an_unreachable_server_or_a_refused_login_may_pass_later() throws Exception {
        var busy = new SMTPAddressFailedException(new InternetAddress("busy@example.com"), "RCPT TO", 452,
                "452 4.2.2 mailbox full");
        var unreachable = new MessagingException("Couldn't connect to host", new ConnectException("refused"));

        assertThat(SmtpFailure.permanent(new MailSendException(Map.of(new Object(),
                new SendFailedException("Invalid Addresses", busy))))).isFalse();
        assertThat(SmtpFailure.permanent(new MailSendException("Mail server connection failed", unreachable)))
                .isFalse();
        assertThat(SmtpFailure.permanent(new IllegalStateException("login refused"))).isFalse();
    }
}
