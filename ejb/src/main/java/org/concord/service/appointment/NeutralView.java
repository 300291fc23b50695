package org.concord.service.appointment;

/** A Neutral on the Center's list, for staff choosing one (ranking comes with its own issue). */
public record NeutralView(String email, String displayName) {}
