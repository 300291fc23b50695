package org.concord.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
import org.concord.domain.procedure.ItemsMissing;
import org.concord.service.RuleId;
import org.concord.service.fee.MalformedStatement;
import org.concord.service.procedure.IdempotencyConflict;
import org.concord.service.security.SecurityLog;
import org.concord.service.sor.InvalidStatement;

/**
 * Maps every exception the API can meet to problem details (one mapper per kind, in one place). Each text is
 * resolved by {@link MessageResolver} in the caller's {@code Accept-Language}; the rule id and the JSON pointer are the
 * same in every language.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** missing and not-yours are the same 404, byte for byte. */
    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problems.response(Problems.notFound());
        }
    }

    /** A refusal about the whole action is 409 naming the rule; one about a field is 400 naming its pointer. */
    @Provider
    public static class RuleViolationMapper implements ExceptionMapper<RuleViolation> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RuleViolation e) {
            MessageResolver texts = MessageResolver.of(headers);
            return Problems.response(
                    e.field() == null
                            ? Problems.ruleViolation(e.ruleId(), texts.text(e))
                            : Problems.invalid(
                                    List.of(new Problems.FieldError(Pointers.of(e.field()), texts.text(e), e.ruleId())),
                                    texts));
        }
    }

    /**
     * Several refusals of one submission (a registration, a new password, an organisation's details): each at its
     * pointer with its rule, 400; a refusal of the whole submission at the empty pointer (the whole body).
     */
    @Provider
    public static class RuleViolationsMapper implements ExceptionMapper<RuleViolations> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RuleViolations e) {
            MessageResolver texts = MessageResolver.of(headers);
            return Problems.response(Problems.invalid(
                    e.violations().stream()
                            .map(v -> new Problems.FieldError(
                                    v.field() == null ? "" : Pointers.of(v.field()), texts.text(v), v.ruleId()))
                            .toList(),
                    texts));
        }
    }

    /** R-SOR.1: every violation of the Statement of Reasons schema with its JSON pointer, 400. */
    @Provider
    public static class InvalidStatementMapper implements ExceptionMapper<InvalidStatement> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidStatement e) {
            MessageResolver texts = MessageResolver.of(headers);
            return Problems.response(Problems.invalid(
                    e.problems().stream()
                            .map(p -> new Problems.FieldError(p.pointer(), texts.text(p), p.ruleId()))
                            .toList(),
                    e.warnings().stream()
                            .map(p -> new Problems.FieldError(p.pointer(), texts.text(p), p.ruleId()))
                            .toList(),
                    texts));
        }
    }

    /**
     * every missing item of Article 5(b), 7(b) or 14(b), by the pointer of the property that
     * holds it, 400. The domain checks completeness once and names them all.
     */
    @Provider
    public static class ItemsMissingMapper implements ExceptionMapper<ItemsMissing> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ItemsMissing e) {
            MessageResolver texts = MessageResolver.of(headers);
            return Problems.response(Problems.invalid(
                    e.missing().stream()
                            .map(m -> new Problems.FieldError(
                                    Pointers.of(m.field()), m.item() + ": " + texts.text(m.messageKey()), m.ruleId()))
                            .toList(),
                    texts));
        }
    }

    /** An Idempotency-Key reused for another filing (422) or whose first filing is in progress (409). */
    @Provider
    public static class IdempotencyConflictMapper implements ExceptionMapper<IdempotencyConflict> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(IdempotencyConflict e) {
            return Problems.response(Problems.idempotencyConflict(
                    e.inProgress() ? 409 : 422,
                    MessageResolver.of(headers)
                            .text(e.messageKey(), e.arguments().toArray())));
        }
    }

    /** A bank statement that cannot be read: where and what, 400. */
    @Provider
    public static class MalformedStatementMapper implements ExceptionMapper<MalformedStatement> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(MalformedStatement e) {
            return Problems.response(Problems.malformedStatement(
                    e.line(),
                    e.column(),
                    e.element(),
                    MessageResolver.of(headers)
                            .text(e.messageKey(), e.arguments().toArray())));
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            MessageResolver texts = MessageResolver.of(headers);
            return Problems.response(Problems.invalid(fieldErrors(e, texts), texts));
        }
    }

    /**
     * EJB system exceptions: a refused role is 403, and goes into the security log (R-SEC.7); validation inside the
     * EJB is 400; anything else is 500.
     */
    @Provider
    public static class EjbExceptionMapper implements ExceptionMapper<EJBException> {
        private static final Pattern ID =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Context
        private HttpHeaders headers;

        @Context
        private Request request;

        @Context
        private UriInfo uri;

        @Context
        private SecurityContext security;

        @Override
        public Response toResponse(EJBException e) {
            MessageResolver texts = MessageResolver.of(headers);
            if (e instanceof EJBAccessException) {
                if (security == null || security.getUserPrincipal() == null) {
                    // Issue 22 (access matrix): an anonymous call to an endpoint the web.xml does not constrain (the
                    // administrator's rules, a Neutral's listing) is asked for credentials like every other one: the
                    // same 401 and Bearer challenge, not a 403 that says the role is wrong.
                    return Response.fromResponse(Problems.response(Problems.unauthorized(texts)))
                            .header("WWW-Authenticate", "Bearer realm=\"concord\"")
                            .build();
                }
                CDI.current()
                        .select(SecurityLog.class)
                        .get()
                        .accessRefused(request.getMethod() + " "
                                + ID.matcher(uri.getRequestUri().getPath()).replaceAll(":id"));
                return Problems.response(Problems.forbidden(texts));
            }
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException cve) {
                    return Problems.response(Problems.invalid(fieldErrors(cve, texts), texts));
                }
                if (cause instanceof PessimisticLockException
                        || cause instanceof LockTimeoutException
                        || cause instanceof OptimisticLockException) {
                    return Problems.response(Problems.concurrentChange(texts));
                }
            }
            LOG.log(Level.SEVERE, "Unexpected failure in a service", e);
            return Problems.response(Problems.serverError(texts));
        }
    }

    /** Unknown paths answer the same 404 as a hidden procedure; other HTTP errors keep their status. */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Problems.response(Problems.notFound());
            }
            if (status == 400) {
                return Problems.response(
                        Problems.badRequest(MessageResolver.of(headers).text(Problems.UNREADABLE_BODY)));
            }
            return Problems.response(jakarta.json.Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", e.getResponse().getStatusInfo().getReasonPhrase())
                    .add("status", status)
                    .build());
        }
    }

    /** A body that could not be read as JSON of the resource's type. */
    @Provider
    public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problems.response(
                    Problems.badRequest(MessageResolver.of(headers).text(Problems.UNREADABLE_BODY)));
        }
    }

    /** Every violation at its JSON pointer ({@link Pointers#of(Path)}), its message in the caller's language. */
    static List<Problems.FieldError> fieldErrors(ConstraintViolationException e, MessageResolver texts) {
        return e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(Pointers.of(v.getPropertyPath()), texts.validation(v), ruleOf(v)))
                .sorted(Comparator.comparing(Problems.FieldError::key))
                .toList();
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        Object leaf = v.getLeafBean();
        String property = null;
        for (Path.Node node : v.getPropertyPath()) {
            property = node.getName();
        }
        if (leaf == null || property == null) {
            return null;
        }
        for (Class<?> type = leaf.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(property);
                RuleId rule = field.getAnnotation(RuleId.class);
                return rule == null ? null : rule.value();
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return null;
    }
}
