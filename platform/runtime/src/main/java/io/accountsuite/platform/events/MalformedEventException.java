package io.accountsuite.platform.events;

/** A record that is not a readable event. Retrying cannot help, so it goes straight to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
