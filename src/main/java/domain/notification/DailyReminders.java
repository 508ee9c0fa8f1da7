package domain.notification;

import domain.billing.BillingSchedule;
import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.wallet.Ledger;
import domain.wallet.Wallet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Once a day (by default at 18:00 Seoul, the evening before the morning's billing run) warns the subscribers whose
 * wallet holds less than the next run will charge them (those with auto top-up are left alone: their wallet fills
 * itself), and the subscribers of rentals whose commitment ends in a week. Each warning is a notice keyed by its
 * day, so a run made twice warns once.
 */
public final class DailyReminders implements JobHandler {
    public static final JobType RUN = new JobType("notification.reminders");
    static final int COMMITMENT_NOTICE_DAYS = 7;
    private static final int PAGE = 500;

    private final Reminders reminders;
    private final Ledger ledger;
    private final NotifySubscribersUseCase notifications;
    private final BillingSchedule billing;
    private final JobScheduler jobs;
    private final BusinessCalendar calendar;
    private final LocalTime at;

    public DailyReminders(Reminders reminders, Ledger ledger, NotifySubscribersUseCase notifications, BillingSchedule billing,
                          JobScheduler jobs, BusinessCalendar calendar, LocalTime at) {
        this.reminders = reminders;
        this.ledger = ledger;
        this.notifications = notifications;
        this.billing = billing;
        this.jobs = jobs;
        this.calendar = calendar;
        this.at = at;
    }

    /** Keeps the next daily run scheduled. */
    public void ensureScheduled() {
        Instant next = nextRunAfter(calendar.now());
        jobs.schedule(List.of(new JobRequest(RUN, "daily", "", next, RUN.name() + ":" + next)));
    }

    @Override
    public void handle(Job job) {
        Instant now = calendar.now();
        warnShortWallets(now);
        warnEndingCommitments(now);
        ensureScheduled();
    }

    @Override
    public JobType type() {
        return RUN;
    }

    /** The deliveries the next billing run takes are those dated after today's horizon, up to the run's own. */
    void warnShortWallets(Instant now) {
        Instant nextRun = billing.nextRunAfter(now);
        LocalDate from = billing.horizon(now);
        LocalDate to = billing.horizon(nextRun);
        String after = "";
        List<Reminders.UserDue> page;
        do {
            page = reminders.dueBetween(from, to, after, PAGE);
            List<SubscriberNotice> warnings = new ArrayList<>();
            for (Reminders.UserDue due : page) {
                Wallet wallet = ledger.wallet(due.userId()).orElse(Wallet.empty(due.userId()));
                if (wallet.autoTopUp() != null || wallet.covers(due.amount())) continue;
                warnings.add(new SubscriberNotice("wallet-short:" + to, NotificationKind.WALLET_SHORT, now, due.userId(), null, null,
                        due.firstDate(), due.amount() - wallet.balance(), null, null, false));
            }
            notifications.notify(warnings);
            if (!page.isEmpty()) after = page.get(page.size() - 1).userId();
        } while (page.size() == PAGE);
    }

    void warnEndingCommitments(Instant now) {
        LocalDate ends = now.atZone(BusinessCalendar.SEOUL).toLocalDate().plusDays(COMMITMENT_NOTICE_DAYS);
        java.util.UUID after = new java.util.UUID(0, 0); // the least id as PostgreSQL orders them
        List<Reminders.EndingCommitment> page;
        do {
            page = reminders.commitmentsEndingOn(ends, after, PAGE);
            List<SubscriberNotice> warnings = new ArrayList<>();
            for (Reminders.EndingCommitment ending : page) {
                warnings.add(new SubscriberNotice("commitment-ending:" + ending.subscriptionId() + ":" + ends, NotificationKind.COMMITMENT_ENDING, now, ending.userId(),
                        ending.subscriptionId(), null, ends, null, null, null, false));
            }
            notifications.notify(warnings);
            if (!page.isEmpty()) after = page.get(page.size() - 1).subscriptionId();
        } while (page.size() == PAGE);
    }

    Instant nextRunAfter(Instant now) {
        ZonedDateTime seoul = now.atZone(BusinessCalendar.SEOUL);
        ZonedDateTime today = seoul.toLocalDate().atTime(at).atZone(BusinessCalendar.SEOUL);
        return (today.isAfter(seoul) ? today : today.plusDays(1)).toInstant();
    }

}
