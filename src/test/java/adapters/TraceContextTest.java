package adapters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceContextTest {
    @Test
    void keepsAValidVersion00Traceparent() {
        String header = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertThat(TraceContext.valid(header)).isEqualTo(header);
        assertThat(TraceContext.valid(" " + header + " ")).isEqualTo(header);
    }

    @Test
    void dropsWhatIsNotOne() {
        assertThat(TraceContext.valid(null)).isNull();
        assertThat(TraceContext.valid("")).isNull();
        assertThat(TraceContext.valid("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceContext.valid("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isNull();
        assertThat(TraceContext.valid("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceContext.valid("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\nX: y")).isNull();
        assertThat(TraceContext.valid("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isNull();
    }
}
