package org.concord.service.sor;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.concord.domain.sor.SorProblem;

/**
 * R-SOR.1: the document is not a valid Statement of Reasons. It carries every finding at once: each violation with
 * its JSON pointer and rule, and the warnings found in the same document (R-SOR.2, an end date before the
 * application date), so that the one who corrects it learns everything in one round.
 */
@ApplicationException(rollback = true)
public class InvalidStatement extends RuntimeException {

    private final transient List<SorProblem> problems;
    private final transient List<SorProblem> warnings;

    public InvalidStatement(List<SorProblem> problems, List<SorProblem> warnings) {
        super(problems.size() + " violation(s) of the Statement of Reasons schema");
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The violations, in the order of the document. */
    public List<SorProblem> problems() {
        return problems;
    }

    /** What the document would be accepted with, were it valid. */
    public List<SorProblem> warnings() {
        return warnings;
    }
}
