package io.mocksts.internal.http.faults;

import java.util.OptionalInt;

/**
 * A fault as listed: its id and definition, how many calls reached it ({@code matched}), how many
 * it applied to, and for a {@link FaultDefinition.Times} fault how many applications remain.
 */
public record InjectedFault(
    String id, FaultDefinition definition, long matched, long applied, OptionalInt remaining) {}
