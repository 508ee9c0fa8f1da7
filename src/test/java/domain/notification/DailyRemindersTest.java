package domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import domain.billing.BillingSchedule;
import domain.scheduling.Job;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.wallet.InMemoryWallets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The daily reminders on production's billing schedule (09:00 Seoul, the day before), run at 18:00 Seoul. */
class DailyRemindersTest {
    private static final Instant EVENING = Instant.parse("2026-12-07T09:00:00Z"); // 18:00 on 7 December in Seoul
    private final InMemoryWallets wallets = new InMemoryWallets();
    private final List<SubscriberNotice> told = new ArrayList<>();
    private final List<JobRequest> jobs = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Reminders.UserDue> owing = new ArrayList<>();
    private final List<Reminders.EndingCommitment> ending = new ArrayList<>();
    private final DailyReminders reminders = new DailyReminders(new Reminders() {
        @Override
        public List<UserDue> dueBetween(LocalDate from, LocalDate to, String afterUser, int limit) {
            asked.add(from + ".." + to);
            return owing.stream().filter(d -> d.userId().compareTo(afterUser) > 0).limit(limit).toList();
        }

        @Override
        public List<EndingCommitment> commitmentsEndingOn(LocalDate on, UUID after, int limit) {
            asked.add("ending " + on);
            return after.equals(new UUID(0, 0)) ? ending : List.of();
        }
    }, wallets, new NotifySubscribersUseCase() {
        @Override
        public void notify(List<SubscriberNotice> notices) {
            told.addAll(notices);
        }

        @Override
        public void forgetUser(String userId) {
            throw new UnsupportedOperationException();
        }
    }, new BillingSchedule(LocalTime.of(9, 0), 1), new Jobs(), new BusinessCalendar(Clock.fixed(EVENING, ZoneOffset.UTC)), LocalTime.of(18, 0));

    @Test
    void theEveningBeforeBillingWarnsThoseWhoseWalletFallsShortUnlessItTopsItselfUp() {
        LocalDate billed = LocalDate.of(2026, 12, 9); // tomorrow's 09:00 run bills the deliveries of the 9th
        owing.addAll(List.of(new Reminders.UserDue("covered", 9_900, billed), new Reminders.UserDue("short", 19_800, billed),
                new Reminders.UserDue("topping-up", 19_800, billed)));
        wallets.walletBalances.put("covered", 9_900L);
        wallets.walletBalances.put("short", 5_000L);
        wallets.walletBalances.put("topping-up", 0L);
        wallets.autoTopUps.put("topping-up", 10_000L);
        UUID rental = UUID.randomUUID();
        UUID secondRental = UUID.randomUUID();
        ending.add(new Reminders.EndingCommitment(rental, "renter"));
        ending.add(new Reminders.EndingCommitment(secondRental, "renter"));

        reminders.handle(Job.from(new JobRequest(DailyReminders.RUN, "daily", "", EVENING, "k"), EVENING));

        assertThat(asked).containsExactly("2026-12-08..2026-12-09", "ending 2026-12-14");
        assertThat(told).extracting(n -> n.kind() + " " + n.userId() + " " + n.amount() + " " + n.date() + " " + n.sourceKey()).containsExactly(
                "WALLET_SHORT short 14800 2026-12-09 wallet-short:2026-12-09",
                "COMMITMENT_ENDING renter null 2026-12-14 commitment-ending:" + rental + ":2026-12-14",
                "COMMITMENT_ENDING renter null 2026-12-14 commitment-ending:" + secondRental + ":2026-12-14");
        assertThat(jobs).singleElement().satisfies(next -> assertThat(next.dueAt()).isEqualTo(EVENING.plus(java.time.Duration.ofDays(1))));
    }

    @Test
    void theNextRunIsTheNextSixPmInSeoul() {
        assertThat(reminders.nextRunAfter(Instant.parse("2026-12-07T08:59:59Z"))).isEqualTo(EVENING);
        assertThat(reminders.nextRunAfter(EVENING)).isEqualTo(EVENING.plus(java.time.Duration.ofDays(1)));
    }

    private final class Jobs implements JobScheduler {
        @Override
        public void schedule(List<JobRequest> requests) {
            jobs.addAll(requests);
        }

        @Override
        public boolean reschedule(String dedupKey, Instant newDueAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancel(Collection<String> dedupKeys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancelAll(JobType type, String subjectId) {
            throw new UnsupportedOperationException();
        }
    }
}
