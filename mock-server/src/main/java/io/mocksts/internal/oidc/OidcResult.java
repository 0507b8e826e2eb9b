package io.mocksts.internal.oidc;

/** What {@link OidcValidator} concludes about a token: it is valid, or why it is refused. */
public sealed interface OidcResult permits ValidatedToken, OidcRejection {}
