package org.concord.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.UUID;
import java.util.regex.Pattern;
import org.concord.domain.mail.OutboundMail;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.Audited;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the layering of Concord's modules, held by the build (ArchUnit over the compiled classes of domain,
 * reports, ejb and web; a plain JUnit 5 test run by surefire).
 * <ul>
 * <li><b>domain</b> ({@code org.concord.domain..}) imports no service ({@code org.concord.service..}), no web
 * ({@code org.concord.web..}) and no reports ({@code org.concord.reports..}).</li>
 * <li><b>ejb</b> ({@code org.concord.service..}) imports no web.</li>
 * <li>The <b>contexts of ejb</b>, the slices {@code org.concord.service.(*)..}, are free of cycles: a lower context
 * tells a higher one by a CDI event (e.g. {@code RequestFiled}) or asks it through an interface it owns (e.g.
 * {@code FeeStanding}). The domain's contexts are not held to this yet: {@code domain.procedure} and
 * {@code domain.sor} use each other ({@code Procedure} keeps its {@code StatementOfReasons}; the statement reads
 * {@code procedure.Restriction} and {@code procedure.Matter}).</li>
 * <li><b>web changes no entity</b>: state changes go through a service (one use case, one transaction, its rules
 * and audit). Precisely: no class in {@code org.concord.web..} calls an instance method declared by a class
 * annotated {@link Entity}, except <em>questions</em>, i.e. a method that returns a value (not {@code void}) and either takes
 * no argument (an accessor such as {@code id()}, {@code reference()}, {@code getName()}) or is named
 * {@code may…}, {@code is…}, {@code has…}, {@code get…} or {@code …Of} (a question about a viewer or a role). A verb
 * such as {@code commence(…)}, {@code fileAnswer(…)} or a setter ({@code void}) fails the rule. (Today web calls no
 * entity method at all; the rule keeps it so once pages read views only.)</li>
 * <li>Every {@link Audited} service method names its subject with {@link AuditSubject}, exactly once .</li>
 * <li>Only {@code MailOutbox} makes an outbound mail (issue 24, R-C1): every mail of every kind is queued by its one
 * method, which puts the same subject and text in the recipient's inbox when the address is an account's (InboxIT
 * checks that method's copy for the kinds it triggers; this rule holds every other kind to the same path).</li>
 * </ul>
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concord");
    }

    @Test
    void domainDependsOnNoServiceWebOrReports() {
        noClasses()
                .that()
                .resideInAPackage("org.concord.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.concord.service..", "org.concord.web..", "org.concord.reports..")
                .check(classes);
    }

    @Test
    void ejbDependsOnNoWeb() {
        noClasses()
                .that()
                .resideInAPackage("org.concord.service..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.concord.web..")
                .check(classes);
    }

    @Test
    void ejbContextsAreFreeOfCycles() {
        slices().matching("org.concord.service.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void webCallsNoStateChangingMethodOfAnEntity() {
        noClasses()
                .that()
                .resideInAPackage("org.concord.web..")
                .should()
                .callMethodWhere(stateChangingMethodOfAnEntity())
                .check(classes);
    }

    @Test
    void onlyTheMailOutboxMakesAnOutboundMail_RC1() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.concord.service.mail.MailOutbox")
                .and()
                .doNotHaveFullyQualifiedName(OutboundMail.class.getName())
                .should()
                .callConstructorWhere(JavaCall.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.type(OutboundMail.class))))
                .check(classes);
    }

    @Test
    void everyAuditedMethodNamesItsSubject_R13_4() {
        methods()
                .that()
                .areAnnotatedWith(Audited.class)
                .should(nameTheirSubjectOnce())
                .check(classes);
    }

    private static final Pattern QUESTION = Pattern.compile("(may|is|has|get)[A-Z].*|.*Of");

    private static DescribedPredicate<JavaMethodCall> stateChangingMethodOfAnEntity() {
        return describe(
                "a method of an @Entity that is not a question (returns void, or takes arguments and is not"
                        + " named may…/is…/has…/get…/…Of)",
                call -> call.getTarget()
                        .resolveMember()
                        .map(method -> {
                            boolean entity = method.getOwner().isAnnotatedWith(Entity.class)
                                    && !method.getModifiers().contains(JavaModifier.STATIC);
                            boolean returnsValue =
                                    !method.getRawReturnType().getName().equals("void");
                            boolean question = returnsValue
                                    && (method.getRawParameterTypes().isEmpty()
                                            || QUESTION.matcher(method.getName())
                                                    .matches());
                            return entity && !question;
                        })
                        .orElse(false));
    }

    private static ArchCondition<JavaMethod> nameTheirSubjectOnce() {
        return new ArchCondition<>("name their subject with @AuditSubject exactly once") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                long onParameters = method.getParameters().stream()
                        .filter(p -> p.isAnnotatedWith(AuditSubject.class))
                        .count();
                boolean onMethod = method.isAnnotatedWith(AuditSubject.class);
                boolean carrier = method.getRawReturnType().isAssignableTo(AuditSubject.Carrier.class);
                boolean uuidParameter = method.getParameters().stream()
                        .filter(p -> p.isAnnotatedWith(AuditSubject.class))
                        .allMatch(p -> p.getRawType().isEquivalentTo(UUID.class));
                boolean satisfied =
                        onParameters == 1 && !onMethod && uuidParameter || onParameters == 0 && onMethod && carrier;
                events.add(new SimpleConditionEvent(
                        method,
                        satisfied,
                        method.getFullName() + (satisfied ? " names" : " does not name")
                                + " its subject with @AuditSubject once"));
            }
        };
    }
}
