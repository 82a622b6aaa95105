package org.cruxmap.server.store;

/** A store that cannot do what was asked (cannot open, lost its connection): a failure, not bad input. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
    public StoreException(String message) { super(message); }
}
