package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.web.security.PendingSignIn;
import org.concord.web.security.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * R-OPS.1: in a cluster the HTTP session is replicated through Payara's data grid, and with it the Faces views'
 * server-side state (the view-scoped beans live in the session). Everything they hold must serialise: every bean of
 * session, view, flow or conversation scope is {@link Serializable}, and so is each of its fields that is neither
 * {@code transient} nor injected (an injected service is a serialisable proxy) — looked into, type arguments and the
 * fields of Concord's own classes included. No entity may be held (a detached copy would go stale; views are the DTOs
 * built in the transaction). The session's own attributes ({@link SignedIn}, {@link PendingSignIn}) are held to the
 * same. An {@code Optional}, a {@code Part} or a stream in a field fails: they do not serialise.
 */
class SessionStateSerializableTest {

    private static final List<Class<? extends Annotation>> SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, FlowScoped.class, ConversationScoped.class);

    @Test
    void everySessionAndViewScopedBeanHoldsOnlySerialisableState_ROPS1() throws ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concord.web")) {
            if (SCOPES.stream().anyMatch(c::isAnnotatedWith)) {
                beans.add(Class.forName(c.getName()));
            }
        }
        assertTrue(beans.size() > 30, "the pages' beans were found: " + beans.size());
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        for (Class<?> attribute : List.of(SignedIn.class, PendingSignIn.class)) {
            checkType(attribute, attribute.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    /** The fields of {@code type} that are serialised with it. */
    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?>) {
            // A generic holder's element (Page<T>): the bean's field names the actual type, checked there.
            return;
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, problems, seen);
        }
    }

    private static void checkClass(Class<?> c, String path, List<String> problems, Set<Type> seen) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (c.isAnnotationPresent(Entity.class)) {
            problems.add(path + " holds an entity, " + c.getName());
            return;
        }
        // Collections and maps are declared by interface; the implementations the beans create are serialisable,
        // and their elements are checked as type arguments.
        if (c.isInterface() && c.getName().startsWith("java.util.")) {
            return;
        }
        if (c == Object.class || !Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
            problems.add(path + " is a " + c.getName() + ", not Serializable");
            return;
        }
        if (c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
            problems.add(path + " is declared as " + c.getName() + ", which does not promise to be Serializable");
            return;
        }
        if (c.getName().startsWith("org.concord.")) {
            check(c, path, problems, seen);
        }
    }
}
