package org.cajaga.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which resolved addresses a webhook may connect to. */
class TargetPolicyTest {

    @Test
    void localPrivateLinkLocalAndReservedAddressesAreRefused() throws Exception {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.0.0.1", "172.16.5.4", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "100.127.255.254", "198.18.0.1", "192.0.0.170", "224.0.0.1",
                "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "::ffff:127.0.0.1",
                "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "::10.0.0.1", "ff02::1"}) {
            assertThat(TargetPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        for (String address : new String[] {"8.8.8.8", "1.1.1.1", "100.128.0.1", "172.32.0.1", "2001:4860:4860::8888",
                "64:ff9b::808:808"}) {
            assertThat(TargetPolicy.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }
}
