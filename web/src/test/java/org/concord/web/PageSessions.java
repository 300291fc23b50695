package org.concord.web;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * R-SEC.2: the signed-in sessions in which {@link Http#as} sends the page requests of the demo accounts with a second
 * step (HTTP Basic refuses them; a page refuses API tokens, R-SEC.3). One session per deployment and account, signed
 * in through the login form with a code from {@link DemoTotp} and then reused: each code step serves one sign-in per
 * account, so signing in for every request would wait for codes. A session that was ended meanwhile (a page answers
 * with a redirect to the login page, e.g. R-ACC.4 after a reset) is signed in again, once, and the request repeated.
 */
final class PageSessions {

    private static final Map<String, FacesClient> SESSIONS = new ConcurrentHashMap<>();

    private PageSessions() {}

    /** Sends {@code request} in the signed-in session of {@code email} at {@code deployment}. */
    static <T> HttpResponse<T> send(
            URL deployment, String email, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        String key = key(deployment, email);
        FacesClient session = SESSIONS.computeIfAbsent(key, ignored -> signedIn(deployment, email));
        HttpResponse<T> answer = session.send(request, body);
        if (!sentToLogin(answer)) {
            return answer;
        }
        FacesClient renewed = signedIn(deployment, email);
        SESSIONS.put(key, renewed);
        return renewed.send(request, body);
    }

    /**
     * The signed-in session of {@code email} at {@code deployment} itself, for a test that submits a page's form in it
     * (read the page with {@link Http#as} first: that signs in again if the session was ended).
     */
    static FacesClient client(URL deployment, String email) {
        return SESSIONS.computeIfAbsent(key(deployment, email), ignored -> signedIn(deployment, email));
    }

    private static String key(URL deployment, String email) {
        return Http.local(deployment) + " " + email;
    }

    private static boolean sentToLogin(HttpResponse<?> answer) {
        return answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    private static FacesClient signedIn(URL deployment, String email) {
        FacesClient client = new FacesClient(deployment);
        if (!client.signIn(email, Http.DEMO_PASSWORD)) {
            throw new AssertionError(email + " could not sign in through the form for the pages");
        }
        return client;
    }
}
