package io.envoys.db;

/** An entity whose {@code @Version} field counts its changes, as {@link RecordVersions} keeps it. */
public interface Versioned {

    /** The version as loaded or last flushed: 0 when created, one more with every change. */
    int version();
}
