package io.accountsuite.platform.events;

import org.springframework.kafka.listener.ContainerProperties;

/**
 * The one way an application sets up a Kafka listener container. Spring Kafka's own timer
 * ({@code spring.kafka.listener}, tagged name/result/exception) is off: the inbox's listener is timed by its
 * observation under the same name with other tags, and Prometheus refuses a second set of tag keys for one name,
 * dropping whichever registers last (a listener's timings silently missing from every scrape).
 */
public final class ListenerContainers {

    private ListenerContainers() {
    }

    /** Container properties for the topics, Spring Kafka's own listener timer off. */
    public static ContainerProperties properties(String... topics) {
        ContainerProperties properties = new ContainerProperties(topics);
        properties.setMicrometerEnabled(false);
        return properties;
    }
}
