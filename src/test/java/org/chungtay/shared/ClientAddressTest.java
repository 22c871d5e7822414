package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void an_ipv4_client_counts_by_its_address() {
        assertThat(ClientAddress.of("203.0.113.7").key()).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of(" 203.0.113.7 ")).isEqualTo(ClientAddress.of("203.0.113.7"));
    }

    @Test
    void an_ipv6_client_counts_by_its_64_network() {
        ClientAddress one = ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        ClientAddress neighbour = ClientAddress.of("2001:0db8:0001:0002::1");
        assertThat(one).isEqualTo(neighbour);
        assertThat(one.key()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(ClientAddress.of("[2001:db8:1:2::9]")).isEqualTo(one);
        assertThat(ClientAddress.of("fe80::1%eth0").key()).isEqualTo("fe80:0:0:0:0:0:0:0/64");
    }

    @Test
    void an_ipv4_mapped_ipv6_address_is_the_ipv4_client() {
        assertThat(ClientAddress.of("::ffff:203.0.113.7").key()).isEqualTo("203.0.113.7");
    }

    @Test
    void anything_else_is_unknown_and_never_looked_up() {
        assertThat(ClientAddress.of(null)).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("")).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("example.com")).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("demo-data")).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("999.1.1.1")).isEqualTo(ClientAddress.UNKNOWN);
    }
}
