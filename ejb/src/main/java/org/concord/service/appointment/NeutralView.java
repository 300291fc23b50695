package org.concord.service.appointment;

import java.io.Serializable;

/** A Neutral on the Center's list, for staff choosing one (ranking comes with its own issue). */
public record NeutralView(String email, String displayName) implements Serializable {}
