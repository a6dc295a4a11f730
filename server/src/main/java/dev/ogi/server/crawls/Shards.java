package dev.ogi.server.crawls;

import dev.ogi.server.units.Unit;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A round's units split into shards by host: units that share a host (their homepage's or their
 * OGI entry page's, such as the provincial platform) are joined, and each such group lands whole in
 * the shard its smallest host hashes to. A host is thus crawled by one shard, on one node, and the
 * crawler's per-host politeness holds across the cluster. The split is the same on every JVM.
 */
public final class Shards {

    /** One shard: its units and how many hosts they use. */
    public record Shard(int number, List<Unit> units, int hosts) {
    }

    private Shards() {
    }

    /** At most {@code count} shards, none empty, numbered from 0; units keep their order inside each. */
    public static List<Shard> split(List<Unit> units, int count) {
        Map<String, String> parent = new HashMap<>();
        for (Unit unit : units) {
            List<String> hosts = hosts(unit);
            for (String host : hosts) {
                parent.putIfAbsent(host, host);
            }
            for (int i = 1; i < hosts.size(); i++) {
                union(parent, hosts.get(0), hosts.get(i));
            }
        }
        Map<String, TreeSet<String>> groups = new HashMap<>();
        for (String host : parent.keySet()) {
            groups.computeIfAbsent(root(parent, host), r -> new TreeSet<>()).add(host);
        }
        TreeMap<Integer, List<Unit>> byShard = new TreeMap<>();
        TreeMap<Integer, Integer> hostCount = new TreeMap<>();
        Map<String, Integer> shardOfGroup = new HashMap<>();
        for (Map.Entry<String, TreeSet<String>> group : groups.entrySet()) {
            int shard = Math.floorMod(group.getValue().first().hashCode(), count);
            shardOfGroup.put(group.getKey(), shard);
            hostCount.merge(shard, group.getValue().size(), Integer::sum);
        }
        for (Unit unit : units) {
            int shard = shardOfGroup.get(root(parent, hosts(unit).get(0)));
            byShard.computeIfAbsent(shard, s -> new ArrayList<>()).add(unit);
        }
        List<Shard> shards = new ArrayList<>();
        for (Map.Entry<Integer, List<Unit>> entry : byShard.entrySet()) {
            shards.add(new Shard(shards.size(), List.copyOf(entry.getValue()), hostCount.get(entry.getKey())));
        }
        return shards;
    }

    /** The hosts a unit's crawl reaches first; a unit without any stands alone. */
    static List<String> hosts(Unit unit) {
        List<String> hosts = new ArrayList<>();
        for (String url : new String[] {unit.homepage(), unit.ogiUrl()}) {
            String host = host(url);
            if (host != null && !hosts.contains(host)) {
                hosts.add(host);
            }
        }
        if (hosts.isEmpty()) {
            hosts.add("unit:" + unit.code());
        }
        return hosts;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String root(Map<String, String> parent, String host) {
        String root = host;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(host, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
