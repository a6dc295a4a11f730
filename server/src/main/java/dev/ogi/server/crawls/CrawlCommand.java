package dev.ogi.server.crawls;

import dev.ogi.server.AppContext;
import dev.ogi.server.core.OgiCommand;
import dev.ogi.server.units.Unit;
import java.util.List;

/** {@code crawl [--as-of YYYY-MM-DD] [config.yml]}: runs one round over the active units now and stores it. */
public class CrawlCommand extends OgiCommand.OnContext {

    public CrawlCommand() {
        super("crawl", "Crawls every active unit's website once now and stores the round (progress on the terminal)",
                true, arguments -> { });
    }

    @Override
    protected void execute(AppContext context, Invocation invocation) {
        List<Unit> units = context.units().list(false);
        if (units.isEmpty()) {
            throw new IllegalArgumentException(
                    "the registry has no active units; import them first with import-units UNITS.csv");
        }
        CrawlService service = context.crawls();
        var asOf = context.asOf().today();
        System.out.printf("检查 %d 个单位的网站（评估日期 %s）%n", units.size(), asOf);
        CrawlRound round = service.runNow("command", asOf, units, service.defaultEngine(),
                new ProgressBar(System.out, units.size()));
        System.out.printf("第 %d 轮：%s，%d/%d 个单位，%d 个页面，%d 个出错%s%n", round.id(),
                round.status().equals(CrawlRound.FINISHED) ? "完成" : "失败", round.unitsDone(), round.unitsTotal(),
                round.pagesFetched(), round.errors(), round.failure() == null ? "" : "；" + round.failure());
    }
}
