package org.concord.web.faces;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
import org.concord.domain.procedure.ItemsMissing;
import org.concord.domain.procedure.RequestItems;
import org.concord.service.procedure.IdempotencyConflict;
import org.concord.web.api.MessageResolver;
import org.concord.web.api.Pointers;

/**
 * Shows a refusal on the page (every one of a {@link RuleViolations}, each at its own field) in the view's language, from the {@code msg} bundle with the refusal's arguments: at
 * the input of the field it names, otherwise at the top; kept across a redirect (see {@link Messages}).
 *
 * <p>
 * A field is an RFC 6901 JSON pointer into the submitted form ({@code /description}, {@code /annexes/0},
 * {@code /absences/0/to}). The page says which input holds which pointer: the {@code <c:field>} tag sets the
 * component attribute {@code field} (by default {@code "/" + id}); a hand-written input may carry
 * {@code field="/annexes"} itself. The input is looked up in the submitted form (the whole view when no form came
 * with the request); a pointer without its own input falls back to its parent ({@code /annexes/0} →
 * {@code /annexes}). A hand-written input with no {@code field} attribute is found by its id when the pointer's first
 * segment names it. An input whose messages no message component shows is passed over (the refusal goes to the top,
 * where it is seen). No bean writes client ids.
 */
final class Refusals {

    /** The component attribute an input names its field with. */
    static final String FIELD = "field";

    private Refusals() {}

    /** Shows what the exception says; {@code false} for an exception that is no refusal (it is not handled). */
    static boolean show(RuntimeException refused) {
        if (refused instanceof ItemsMissing incomplete) {
            missing(incomplete.missing());
        } else if (refused instanceof RuleViolations several) {
            several.violations()
                    .forEach(v -> at(v.field(), v.messageKey(), v.arguments().toArray()));
        } else if (refused instanceof RuleViolation violation) {
            at(violation.field(), violation.messageKey(), violation.arguments().toArray());
        } else if (refused instanceof IdempotencyConflict conflict) {
            Messages.error(null, conflict.inProgress() ? "request.inProgress" : "request.changedAfterFiling");
        } else if (refused instanceof Uploads.Unreadable) {
            Messages.error(null, "document.unreadable");
        } else if (invalid(refused) instanceof ConstraintViolationException invalid) {
            // A service's own Bean Validation (its parameters' constraints): each at its field, as the API does.
            MessageResolver texts = MessageResolver.of(
                    List.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            invalid.getConstraintViolations()
                    .forEach(
                            v -> Messages.errorTextAt(clientId(Pointers.of(v.getPropertyPath())), texts.validation(v)));
        } else {
            return false;
        }
        return true;
    }

    /** The Bean Validation failure an EJB call ended with, if that is what it ended with. */
    private static Throwable invalid(RuntimeException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return cause;
            }
        }
        return null;
    }

    /**
     * every missing item at its field; for a Request also how many are missing, at the top (the
     * Answer's and the Resolution's few items are seen at their fields).
     */
    private static void missing(List<RequestItems.Missing> missing) {
        missing.forEach(item -> at(item.field(), item.messageKey()));
        if (missing.stream().anyMatch(item -> "R-5.1".equals(item.ruleId()) || "R-2".equals(item.ruleId()))) {
            Messages.error(null, "request.incomplete", missing.size());
        }
    }

    /** Adds the message at the input holding {@code field}, or at the top when the page has none. */
    static void at(String field, String key, Object... arguments) {
        Messages.errorAt(clientId(pointer(field)), key, arguments);
    }

    /**
     * The one place that reads the older dialects ({@code description}, {@code annexes/0}, {@code absences[0].to})
     * as RFC 6901 pointers; {@code null} for the whole action.
     */
    static String pointer(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String pointer = field.strip().replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        return pointer.startsWith("/") ? pointer : "/" + pointer;
    }

    /** The client id of the input that holds {@code pointer}, or {@code null} (the top of the page). */
    static String clientId(String pointer) {
        if (pointer == null) {
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        String[] found = new String[1];
        boolean[] submitted = new boolean[1];
        // The submitted form is searched while the tree is visited, so that a form in a repeat has its row's ids.
        context.getViewRoot().visitTree(visit(context), (visit, component) -> {
            if (!(component instanceof UIForm)) {
                return VisitResult.ACCEPT;
            }
            if (parameters.containsKey(component.getClientId(visit.getFacesContext()))) {
                submitted[0] = true;
                found[0] = search(context, component, pointer);
            }
            return found[0] == null ? VisitResult.REJECT : VisitResult.COMPLETE;
        });
        return submitted[0] ? found[0] : search(context, context.getViewRoot(), pointer);
    }

    /** In {@code scope}: the input holding the pointer or its nearest parent, else the one its first step names. */
    private static String search(FacesContext context, UIComponent scope, String pointer) {
        for (String p = pointer; p.lastIndexOf('/') >= 0 && p.length() > 1; p = p.substring(0, p.lastIndexOf('/'))) {
            String wanted = p;
            String found =
                    find(context, scope, c -> wanted.equals(c.getAttributes().get(FIELD)) && shown(c));
            if (found != null) {
                return found;
            }
        }
        String first = pointer.substring(1).split("/", 2)[0];
        return find(
                context,
                scope,
                c -> c instanceof EditableValueHolder
                        && first.equals(c.getId())
                        && c.getAttributes().get(FIELD) == null
                        && shown(c));
    }

    /**
     * Whether a message component of the page shows the input's messages (in its naming container); otherwise the
     * refusal goes to the top, where it is seen.
     */
    private static boolean shown(UIComponent input) {
        UIComponent container = input.getParent();
        while (container != null && !(container instanceof NamingContainer)) {
            container = container.getParent();
        }
        return container != null && showsMessagesOf(container, input.getId());
    }

    private static boolean showsMessagesOf(UIComponent component, String id) {
        if (component instanceof UIMessage message && id.equals(message.getFor())) {
            return true;
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            if (showsMessagesOf(children.next(), id)) {
                return true;
            }
        }
        return false;
    }

    private static String find(FacesContext context, UIComponent scope, Predicate<UIComponent> wanted) {
        String[] found = new String[1];
        scope.visitTree(visit(context), (visit, component) -> {
            if (wanted.test(component)) {
                found[0] = component.getClientId(visit.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static VisitContext visit(FacesContext context) {
        return VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
    }
}
