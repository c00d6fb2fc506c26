/**
 * 人 — households, residents and their personal data, responders, skills and volunteer teams.
 *
 * <p>Personal data ({@link io.github.gridgov.core.people.PersonName}, {@link
 * io.github.gridgov.core.people.PhoneNumber}, {@link io.github.gridgov.core.people.IdCardNumber})
 * is validated when created and shown masked everywhere: {@code toString()}, exception messages
 * and log lines. Reading the clear value is an explicit call ({@code clearText()}).
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.core.people;

import io.github.gridgov.core.internal.GovernanceStyle;
