package domain.wallet;

/** One side of a journal entry: a signed amount of won on one account (positive adds to its balance). */
public record Line(Account account, long amount) {
    public Line {
        if (account == null) throw new IllegalArgumentException("a line needs an account");
        if (amount == 0) throw new IllegalArgumentException("a line moves money");
    }
}
