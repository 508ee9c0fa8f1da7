package domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import domain.shared.InvalidInputException;
import domain.shared.Validation;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://partner.example.com/hooks/gudok", "https://partner.example.com:8443/h?x=1", "https://203.0.113.7/hook"})
    void publicHttpsTargetsAreTaken(String url) {
        assertThat(problems(url, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://partner.example.com/hook", "ftp://partner.example.com/hook", "https://user:pw@partner.example.com/",
            "https://partner.example.com/#frag", "/relative/hook", "https://", "not a url", "https://localhost/hook",
            "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data", "https://192.168.0.1/",
            "https://172.16.0.1/", "https://100.64.0.1/", "https://0.0.0.0/", "https://[::1]/", "https://[fd00::1]/",
            "https://[fe80::1]/", "https://[::ffff:127.0.0.1]/", "https://2130706433/", "https://127.1/", "https://999.1.1.1/",
            "https://api.localhost/"})
    void privateInsecureOrMalformedTargetsAreRefused(String url) {
        assertThat(problems(url, false)).isNotEmpty();
    }

    @Test
    void developmentMayUseThisMachineButNoOtherPrivateAddress() {
        assertThat(problems("http://127.0.0.1:8089/hook", true)).isEmpty();
        assertThat(problems("http://localhost:8089/hook", true)).isEmpty();
        assertThat(problems("https://[::1]:8443/hook", true)).isEmpty();
        assertThat(problems("http://partner.example.com/hook", true)).containsExactly("must use https");
        assertThat(problems("https://169.254.169.254/latest/meta-data", true)).containsExactly("must not point at a private, loopback or link-local address");
        assertThat(problems("https://10.0.0.1/hook", true)).isNotEmpty();
        assertThat(problems("https://127.1/hook", true)).isNotEmpty();
    }

    @Test
    void resolvedAddressesAreJudgedToo() throws Exception {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("169.254.169.254"))).isTrue();
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("64:ff9b::a00:1"))).isTrue(); // NAT64 of 10.0.0.1
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("2002:a00:1::1"))).isTrue(); // 6to4 of 10.0.0.1
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("2001:0:4136:e378::1"))).isTrue(); // Teredo
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("198.18.0.1"))).isTrue();
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("2002:cb00:7107::1"))).isFalse(); // 6to4 of 203.0.113.7
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("203.0.113.7"))).isFalse();
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName("2001:db8::1"))).isFalse();
    }

    private static java.util.List<String> problems(String url, boolean privateAllowed) {
        Validation validation = new Validation();
        WebhookTarget.check(validation, url, "url", privateAllowed);
        try {
            validation.throwIfInvalid();
            return java.util.List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::reason).toList();
        }
    }
}
