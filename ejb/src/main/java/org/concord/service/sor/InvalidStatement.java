package org.concord.service.sor;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.concord.domain.sor.SorProblem;

/** R-SOR.1: the document is not a valid Statement of Reasons; every violation with its JSON pointer. */
@ApplicationException(rollback = true)
public class InvalidStatement extends RuntimeException {

    private final transient List<SorProblem> problems;

    public InvalidStatement(List<SorProblem> problems) {
        super(problems.size() + " violation(s) of the Statement of Reasons schema");
        this.problems = List.copyOf(problems);
    }

    public List<SorProblem> problems() {
        return problems;
    }
}
