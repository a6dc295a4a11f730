package dev.ogi.server.crawls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.server.units.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardsTest {

    private static Unit unit(String code, String homepage, String ogiUrl) {
        return new Unit(code, code, null, "省直部门", null, homepage, null, null, null, null, true, ogiUrl);
    }

    @Test
    void unitsSharingThePlatformLandInOneShard() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            units.add(unit("c" + i, "http://www.city" + i + ".gov.cn/", null));
        }
        for (int i = 0; i < 12; i++) {
            units.add(unit("d" + i, "http://www.dept" + i + ".gov.cn/", "http://xxgk.sc.gov.cn/d" + i + "/"));
        }
        List<Shards.Shard> shards = Shards.split(units, 8);
        List<Shards.Shard> withPlatform = shards.stream()
                .filter(s -> s.units().stream().anyMatch(u -> u.code().startsWith("d"))).toList();
        assertThat(withPlatform).hasSize(1);
        assertThat(withPlatform.get(0).units().stream().filter(u -> u.code().startsWith("d"))).hasSize(12);
        assertThat(shards.stream().mapToInt(s -> s.units().size()).sum()).isEqualTo(52);
        assertThat(shards).hasSizeLessThanOrEqualTo(8).allMatch(s -> !s.units().isEmpty());
        assertThat(shards.stream().map(Shards.Shard::number).toList()).isEqualTo(
                java.util.stream.IntStream.range(0, shards.size()).boxed().toList());
    }

    @Test
    void aHostSharedThroughAChainOfUnitsJoinsThemAll() {
        List<Unit> units = List.of(unit("a", "http://www.a.gov.cn/", "http://zwgk.city.gov.cn/a/"),
                unit("b", "http://www.b.gov.cn/", "http://zwgk.city.gov.cn/b/"),
                unit("c", "http://www.b.gov.cn/c/", null),
                unit("x", "not a url", null));
        List<Shards.Shard> shards = Shards.split(units, 64);
        Shards.Shard joined = shards.stream().filter(s -> s.units().get(0).code().equals("a")).findFirst().orElseThrow();
        assertThat(joined.units()).extracting(Unit::code).containsExactly("a", "b", "c");
        assertThat(joined.hosts()).isEqualTo(3);
        assertThat(Shards.split(units, 64)).isEqualTo(shards);
    }

    @Test
    void noUnitsNoShards() {
        assertThat(Shards.split(List.of(), 8)).isEmpty();
    }
}
