package io.accountsuite.platform.inbox;

import java.util.List;

import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;

/**
 * Hands each record to the handlers of its event type, one after the other, each through the inbox. Runs on the
 * listener thread and waits for the handler, so the offset is committed only after the effect is.
 */
@RequiredArgsConstructor
class InboxDispatcher implements MessageListener<String, String> {

    private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);

    private final EventJson json;
    private final Inbox inbox;
    private final List<EventHandler<?>> handlers;
    private final InboxProperties properties;
    private final MeterRegistry meters;

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        ReceivedEvent event = json.read(record.topic(), record.value());
        for (EventHandler<?> handler : handlers) {
            if (event.is(handler.eventType())) {
                String outcome = inbox.process(event, handler).block(properties.handlerTimeout()).value();
                meters.counter("inbox.events", "consumer", handler.consumerName(), "outcome", outcome).increment();
                log.debug("{} {} by {}", event.envelope().type(), outcome, handler.consumerName());
            }
        }
    }
}
