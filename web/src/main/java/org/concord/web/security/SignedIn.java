package org.concord.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the login form; kept in the HTTP session (console and portal only, never the API). */
public record SignedIn(String name, Set<String> groups) implements Serializable {

    public static final String SESSION_ATTRIBUTE = SignedIn.class.getName();
}
