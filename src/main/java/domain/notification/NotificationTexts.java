package domain.notification;

import domain.shared.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** The words of each kind of notification, in Korean and in English. Dates and times are Seoul's. */
public final class NotificationTexts {
    private NotificationTexts() { }

    /** {@code shortfall} is given for a payment failure that waits for a retry. */
    public static NotificationText of(SubscriberNotice notice, Language language, Shortfall shortfall) {
        boolean ko = language == Language.KO;
        String date = notice.date() == null ? null : day(notice.date(), ko);
        return switch (notice.kind()) {
            case SUBSCRIBED -> ko
                    ? new NotificationText("구독을 시작했어요", date == null ? "구독해 주셔서 고마워요." : "첫 배송일은 " + date + "이에요.")
                    : new NotificationText("Your subscription has started", date == null ? "Thank you for subscribing." : "Your first delivery is on " + date + ".");
            case PAID -> ko
                    ? new NotificationText("결제가 완료됐어요", date + " 배송분을 지갑에서 결제했어요.")
                    : new NotificationText("Payment made", "The delivery of " + date + " was paid from your wallet.");
            case PAYMENT_FAILED -> paymentFailed(notice, ko, date, shortfall);
            case WALLET_SHORT -> ko
                    ? new NotificationText("내일 결제할 금액이 부족해요", date + " 배송분 결제에 " + won(notice.amount(), true)
                            + "이 부족해요. 내일 결제 전에 지갑을 충전해 주세요.")
                    : new NotificationText("Your wallet is short for tomorrow", won(notice.amount(), false) + " is missing to pay for the delivery of "
                            + date + ". Top up your wallet before tomorrow's billing.");
            case DISPATCHED -> ko
                    ? new NotificationText("배송 준비가 시작됐어요", date + " 배송분을 판매자가 준비하고 있어요.")
                    : new NotificationText("Your delivery is being prepared", "The shop is preparing the delivery of " + date + ".");
            case SHIPPED -> ko
                    ? new NotificationText("상품이 발송됐어요", notice.carrier() + " 운송장 번호 " + notice.trackingNumber() + "(으)로 보냈어요.")
                    : new NotificationText("Your delivery has shipped", "Sent with " + notice.carrier() + ", tracking number " + notice.trackingNumber() + ".");
            case PAUSED -> ko
                    ? new NotificationText("구독을 일시정지했어요", date == null ? "다시 시작할 때까지 배송과 결제가 없어요." : date + "까지 배송과 결제가 없어요.")
                    : new NotificationText("Subscription paused", date == null ? "No deliveries or payments until you resume." : "No deliveries or payments until " + date + ".");
            case RESUMED -> ko
                    ? new NotificationText("구독을 다시 시작했어요", "다음 배송부터 다시 받아요.")
                    : new NotificationText("Subscription resumed", "Your deliveries start again with the next one.");
            case SUSPENDED -> ko
                    ? new NotificationText("구독이 중지됐어요", "결제되지 않은 배송이 이어져 구독을 중지했어요. 지갑을 충전하고 구독을 다시 시작해 주세요.")
                    : new NotificationText("Subscription suspended", "Deliveries went unpaid too many times in a row. Top up your wallet and resume the subscription.");
            case CANCELLED -> ko
                    ? new NotificationText("구독이 해지됐어요", "앞으로 배송과 결제가 없어요.")
                    : new NotificationText("Subscription cancelled", "There will be no more deliveries or payments.");
            case ENDED -> ko
                    ? new NotificationText("렌탈 기간이 끝났어요", "이용해 주셔서 고마워요.")
                    : new NotificationText("Your rental has ended", "Thank you for renting with us.");
            case COMMITMENT_ENDING -> ko
                    ? new NotificationText("약정 기간이 곧 끝나요", date + "에 약정 기간이 끝나요. 그 뒤에는 위약금 없이 해지할 수 있어요.")
                    : new NotificationText("Your commitment ends soon", "Your commitment ends on " + date + "; after that you can cancel without a fee.");
            case REFUNDED -> ko
                    ? new NotificationText("환불됐어요", won(notice.amount(), true) + "을 지갑으로 돌려드렸어요.")
                    : new NotificationText("Refund made", won(notice.amount(), false) + " went back to your wallet.");
            case ALERT_MATCHED -> alertMatched(notice.alert(), ko);
        };
    }

    /** Names the first alerts (a user keeps at most 20) and the item, whose title is a partner's: cut to a line. */
    private static NotificationText alertMatched(SubscriberNotice.AlertMatch alert, boolean ko) {
        List<String> names = alert.alertNames();
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())).stream().map(n -> "'" + line(n, 40) + "'").toList());
        int more = names.size() - Math.min(3, names.size());
        String title = line(alert.itemTitle(), 100);
        return ko
                ? new NotificationText("알림에 맞는 새 소식이 있어요", shown + (more > 0 ? " 외 " + more + "개" : "") + " 알림에 맞아요: " + title)
                : new NotificationText("New for your alert", "Your alert " + shown + (more > 0 ? " and " + more + " more" : "") + " matched: " + title);
    }

    private static String line(String text, int max) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.codePointCount(0, one.length()) <= max ? one : one.substring(0, one.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static NotificationText paymentFailed(SubscriberNotice notice, boolean ko, String date, Shortfall shortfall) {
        if (notice.finalAttempt() || shortfall == null || shortfall.nextAttemptAt() == null) {
            return ko ? new NotificationText("결제에 실패해 배송이 취소됐어요", "마지막 결제 시도에 실패해 " + date + " 배송분이 취소됐어요.")
                    : new NotificationText("Payment failed: delivery cancelled", "The last try to pay failed, so the delivery of " + date + " was cancelled.");
        }
        String next = time(shortfall.nextAttemptAt(), ko);
        return ko
                ? new NotificationText("결제에 실패했어요", date + " 배송분 결제에 " + won(shortfall.missing(), true) + "이 부족해요. 다음 결제 시도는 "
                        + next + "이에요. 그 전에 지갑을 충전해 주세요.")
                : new NotificationText("Payment failed", won(shortfall.missing(), false) + " is missing to pay for the delivery of " + date
                        + ". We try again on " + next + "; top up your wallet before then.");
    }

    static String day(LocalDate date, boolean ko) {
        return ko ? date.getMonthValue() + "월 " + date.getDayOfMonth() + "일"
                : date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    static String time(Instant at, boolean ko) {
        ZonedDateTime seoul = at.atZone(BusinessCalendar.SEOUL);
        String clock = "%02d:%02d".formatted(seoul.getHour(), seoul.getMinute());
        return day(seoul.toLocalDate(), ko) + " " + clock;
    }

    static String won(Long amount, boolean ko) {
        String digits = String.format(Locale.ROOT, "%,d", amount == null ? 0 : amount);
        return ko ? digits + "원" : "₩" + digits;
    }
}
