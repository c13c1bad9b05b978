package io.accountsuite.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal application that uses every piece of the platform, for the platform's own tests. */
@SpringBootApplication
public class PlatformTestApplication {
}
