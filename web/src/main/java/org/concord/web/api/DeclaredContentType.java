package org.concord.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * R-SEC.4, issue 22 (cross-site requests): a call that changes something (POST, PUT, PATCH; DELETE when it sends
 * a body) says what it sends, as JSON or as a type its endpoint declares. A page of another site can make a browser
 * send a form ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}) or {@code text/plain} without
 * asking the server first; those are refused with 415, unless the endpoint itself declares one of them (none does).
 * A call without a body sends {@code Content-Type: application/json} and may leave the body empty. A DELETE sends no
 * body and needs no type: a browser never sends one to another site without asking first, and CORS stays off.
 */
@Provider
public class DeclaredContentType implements ContainerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** What a browser sends to another site without a preflight: never accepted unless declared. */
    private static final Set<String> CROSS_SITE =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null && "DELETE".equals(request.getMethod())) {
            return;
        }
        List<MediaType> declared = declared(resource == null ? null : resource.getResourceMethod());
        if (type == null || !accepted(type, declared)) {
            request.abortWith(Problems.response(Problems.unsupportedMediaType(
                    names(declared), MessageResolver.of(request.getAcceptableLanguages()))));
        }
    }

    /** JSON (or a +json type) unless the endpoint declares otherwise; a cross-site type only when declared. */
    static boolean accepted(MediaType type, List<MediaType> declared) {
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (declared.isEmpty()) {
            return json(type);
        }
        for (MediaType candidate : declared) {
            if (candidate.isWildcardType()) {
                if (!CROSS_SITE.contains(essence)) {
                    return true;
                }
            } else if (candidate.isCompatible(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean json(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    /** The endpoint's {@code @Consumes} (the method's, else its class's); empty when it declares none. */
    static List<MediaType> declared(Method method) {
        if (method == null) {
            return List.of();
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        List<MediaType> types = new ArrayList<>();
        if (consumes != null) {
            for (String value : consumes.value()) {
                for (String part : value.split(",")) {
                    types.add(MediaType.valueOf(part.strip()));
                }
            }
        }
        return types;
    }

    private static List<String> names(List<MediaType> declared) {
        if (declared.isEmpty()) {
            return List.of(MediaType.APPLICATION_JSON);
        }
        return declared.stream().map(t -> t.getType() + "/" + t.getSubtype()).toList();
    }
}
