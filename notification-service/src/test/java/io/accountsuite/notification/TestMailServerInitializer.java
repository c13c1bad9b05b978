package io.accountsuite.notification;

import java.util.Map;

import io.accountsuite.testkit.TestMailServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points spring.mail.* at the test JVM's SMTP server. */
class TestMailServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", TestMailServer.shared().port())));
    }
}
