package dev.ogi.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private final AddressGuard direct = new AddressGuard(false, false);
    private final AddressGuard proxied = new AddressGuard(false, true);

    private static void refused(AddressGuard guard, String host) {
        assertThatThrownBy(() -> guard.check(host)).as(host).isInstanceOfSatisfying(FetchFailure.class,
                f -> assertThat(f.kind()).isEqualTo(FetchFailure.Kind.FORBIDDEN_ADDRESS));
    }

    @Test
    void ipv4CarriedInsideIpv6IsJudgedByTheIpv4Inside() {
        refused(direct, "[::127.0.0.1]");
        refused(direct, "[::ffff:127.0.0.1]");
        refused(direct, "[::10.0.0.1]");
        refused(direct, "[64:ff9b::a00:1]");
        refused(direct, "[2002:7f00:1::]");
        refused(proxied, "[::127.0.0.1]");
    }

    @Test
    void numericHostsInAnyButTheCanonicalFormAreRefusedEvenWhenTheyLookPublic() {
        for (String host : new String[] {"0177.0.0.1", "0x7f.0.0.1", "2130706433", "127.1", "010.8.8.8", "8.8.8.08"}) {
            refused(direct, host);
            refused(proxied, host);
        }
    }

    @Test
    void localNamesAreRefusedWithOrWithoutAProxyAndWithATrailingDot() {
        refused(direct, "localhost.");
        refused(proxied, "localhost.");
        refused(proxied, "LOCALHOST");
        refused(proxied, "admin.localhost");
        refused(proxied, "intranet");
        refused(proxied, "files.corp");
        refused(proxied, "printer.local.");
    }

    @Test
    void publicNamesAndAddressesPass() {
        assertThatCode(() -> proxied.check("www.chengdu.gov.cn")).doesNotThrowAnyException();
        assertThatCode(() -> proxied.check("www.chengdu.gov.cn.")).doesNotThrowAnyException();
        assertThatCode(() -> proxied.check("8.8.8.8")).doesNotThrowAnyException();
        assertThatCode(() -> direct.check("8.8.8.8")).doesNotThrowAnyException();
        assertThat(AddressGuard.isNumericHost("123.com")).isFalse();
        assertThatCode(() -> new AddressGuard(true, false).check("127.0.0.1")).doesNotThrowAnyException();
    }
}
