package io.linnet.chat.store;

/**
 * The database file was written by a newer Linnet whose schema this build does not know. Opening it
 * anyway could lose data, so the store refuses and leaves the file untouched.
 */
public final class SchemaVersionException extends StoreException {
    private final int fileVersion;
    private final int codeVersion;

    public SchemaVersionException(int fileVersion, int codeVersion) {
        super("the database has schema version " + fileVersion + " but this Linnet knows versions up to "
                + codeVersion + ": it was written by a newer Linnet; update Linnet to open it");
        this.fileVersion = fileVersion;
        this.codeVersion = codeVersion;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int codeVersion() {
        return codeVersion;
    }
}
