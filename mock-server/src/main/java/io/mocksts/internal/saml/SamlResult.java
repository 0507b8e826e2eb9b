package io.mocksts.internal.saml;

/**
 * What {@link SamlValidator} concludes about a SAML Response: the assertion it accepts, or why it
 * is refused, in the style of {@code OidcResult}. {@link SamlValidator#validate} answers one, and
 * so does {@link SamlValidator#recordAgainstReplay}.
 */
public sealed interface SamlResult permits ValidatedAssertion, SamlRejection {}
