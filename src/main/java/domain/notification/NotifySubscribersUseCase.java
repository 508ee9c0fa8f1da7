package domain.notification;

import java.util.List;

/** Inbound port: what happened becomes notifications, once each, on the channels each subscriber chose. */
public interface NotifySubscribersUseCase {
    void notify(List<SubscriberNotice> notices);

    /** A closed account is told nothing more, and what it was told is erased. */
    void forgetUser(String userId);
}
