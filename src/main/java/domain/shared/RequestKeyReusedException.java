package domain.shared;

/**
 * A client's request key names work already written down for a different request: another
 * amount, source or target. Answering that earlier work as if it were this request's would be wrong.
 */
public final class RequestKeyReusedException extends DomainException {
    public RequestKeyReusedException(String kind) {
        super("this request key was already used for a different " + kind);
    }
}
