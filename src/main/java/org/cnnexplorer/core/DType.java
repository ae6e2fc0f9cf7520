package org.cnnexplorer.core;

/** The number format of parameters and activations, which sets the bytes per value. */
public enum DType {
    FLOAT32(4), FLOAT16(2);

    private final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    public String id() {
        return name().toLowerCase();
    }

    public static DType parse(String text) {
        for (DType type : values()) {
            if (type.id().equalsIgnoreCase(text.trim())) {
                return type;
            }
        }
        throw new SpecException("core.spec.dtype", text);
    }
}
