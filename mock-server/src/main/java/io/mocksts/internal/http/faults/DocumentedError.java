package io.mocksts.internal.http.faults;

/**
 * An error a vendor documents and fault injection may answer: its code, HTTP status and message as
 * the vendor's own error rendering sends them.
 */
public record DocumentedError(String code, int status, String message) {}
