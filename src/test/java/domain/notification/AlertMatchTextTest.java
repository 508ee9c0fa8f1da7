package domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user reads when alerts match: the first three alerts by name, how many more, the item's title on one line. */
class AlertMatchTextTest {
    private static NotificationText text(List<String> alerts, String title, Language language) {
        return NotificationTexts.of(SubscriberNotice.alertMatched("event-1", Instant.parse("2026-12-08T01:00:00Z"), "user-1",
                new SubscriberNotice.AlertMatch(alerts, title)), language, null);
    }

    @Test
    void namesTheAlertsAndTheItemInKoreanAndEnglish() {
        assertThat(text(List.of("커피"), "원두 구독 monthly", Language.KO))
                .isEqualTo(new NotificationText("알림에 맞는 새 소식이 있어요", "'커피' 알림에 맞아요: 원두 구독 monthly"));
        assertThat(text(List.of("coffee", "beans"), "원두 구독", Language.EN).body()).isEqualTo("Your alert 'coffee', 'beans' matched: 원두 구독");
    }

    @Test
    void showsThreeAlertsAndCountsTheRest() {
        assertThat(text(List.of("a", "b", "c", "d", "e"), "t", Language.KO).body()).isEqualTo("'a', 'b', 'c' 외 2개 알림에 맞아요: t");
        assertThat(text(List.of("a", "b", "c", "d"), "t", Language.EN).body()).isEqualTo("Your alert 'a', 'b', 'c' and 1 more matched: t");
    }

    @Test
    void aLongTitleIsCutToOneLine() {
        String body = text(List.of("a"), "첫 줄\n둘째 줄 " + "가".repeat(200), Language.KO).body();
        assertThat(body).doesNotContain("\n").endsWith("…");
        assertThat(body.codePointCount(0, body.length())).isLessThan(130);
    }

    @Test
    void onlyAnAlertsNoticeSaysWhatMatched() {
        assertThatThrownBy(() -> new SubscriberNotice("k", NotificationKind.ALERT_MATCHED, Instant.EPOCH, "u", null, null, null, null, null,
                null, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
