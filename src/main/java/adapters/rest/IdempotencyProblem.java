package adapters.rest;

/** A request whose Idempotency-Key cannot be honoured as sent. */
public final class IdempotencyProblem extends RuntimeException {
    private final Problem problem;

    IdempotencyProblem(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    Problem problem() { return problem; }
}
