package dev.ogi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void rightPasswordMatchesAndWrongOneDoesNot() {
        String stored = hasher.hash("正确的密码-1");

        assertThat(hasher.matches("正确的密码-1", stored)).isTrue();
        assertThat(hasher.matches("正确的密码-2", stored)).isFalse();
        assertThat(hasher.matches("正确的密码-1", "garbage")).isFalse();
    }

    @Test
    void samePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
    }

    @Test
    void defaultCostIsAtLeastOwaspsRecommendation() {
        assertThat(new AuthConfiguration().getPbkdf2Iterations()).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void cheaperHashIsUpgradedAndItsOwnCostStillVerifies() {
        String cheap = hasher.hash("pw");
        PasswordHasher stronger = new PasswordHasher(2000);

        assertThat(stronger.needsUpgrade(cheap)).isTrue();
        assertThat(stronger.matches("pw", cheap)).isTrue();
        assertThat(stronger.needsUpgrade(stronger.hash("pw"))).isFalse();
    }
}
