"""山东省财政厅: 省财政提前下达计划生育家庭扶助资金6.3亿元 (2016-12-28) — an official news item, not a normative text."""

from familyplan.statutes._spec import F, P, S, V

_SRC = "web:http://czt.shandong.gov.cn/art/2016/12/28/art_21859_4157192.html"

STATUTE = S(
    id="shandong-family-assistance-2017",
    title="省财政提前下达计划生育家庭扶助资金6.3亿元",
    issuer="山东省财政厅",
    level="official-publication",
    jurisdiction="370000",
    numbering="passage",
    note="NOT A NORMATIVE TEXT: a news item on the Shandong finance department's own website (2016-12-28) reporting the 2017 transfer and stating the standards it funds for the 2017 budget year. The provincial notice that set 400 / 500 was NOT FOUND, nor any Shandong standard for another year. Used as the only official statement of Shandong's special-assistance standard for 2017; its figures apply to 2017 only (the budget year the item speaks of).",
    versions=(
        V(
            "2016",
            adopted_on="2016-12-28",
            effective_from="2017-01-01",
            effective_until="2017-12-31",
            source=_SRC,
            note="Published 2016-12-28. The dates are those of the budget year it states the standards for (2017年预算年度), not of a normative text.",
        ),
    ),
    provisions=(
        P(
            versions=("2016",),
            article=1,
            quote="近日,省财政提前下达2017年计划生育一般性转移支付资金6.3亿元,同比增长12.8%,专项用于支持各地落实计划生育家庭特别扶助和农村计划生育家庭奖励扶助政策,保障2017年预算年度开始后,符合条件独生子女家庭能够及时足额领到政府补助资金,其中独生子女伤残、死亡家庭特别扶助标准分别为每人每月400元、500元,农村计划生育家庭奖励扶助标准为每人每月80元。",
            summary="Shandong, budget year 2017: special assistance 400 (disabled) / 500 (dead), rural reward 80 yuan a person a month.",
            source=_SRC,
            note="Article number assigned here (the item is one paragraph). The rural reward figure equals the national 80 (rural-reward-2011 art. 1).",
        ),
    ),
    figures=(
        F(
            "special-assistance.shandong.disability.amount-per-month",
            "400",
            "yuan-per-month",
            "每人每月400元",
            versions=("2016",),
            article=1,
        ),
        F(
            "special-assistance.shandong.death.amount-per-month",
            "500",
            "yuan-per-month",
            "、500元",
            versions=("2016",),
            article=1,
        ),
    ),
)
