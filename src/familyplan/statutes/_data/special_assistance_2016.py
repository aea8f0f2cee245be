"""财政部 卫生计生委关于进一步完善计划生育投入机制的意见 (财社〔2016〕16号) — PRIMARY TEXT NOT FOUND; news quote only."""

from familyplan.statutes._spec import P, S, V

STATUTE = S(
    id="special-assistance-2016",
    title="财政部 卫生计生委关于进一步完善计划生育投入机制的意见",
    issuer="财政部、国家卫生计生委",
    level="normative-document",
    jurisdiction="100000",
    document_number="财社〔2016〕16号",
    note="PRIMARY TEXT NOT FOUND. Title and number as cited by 财社〔2022〕49号 (special-assistance-2022, an official copy). The one provision quotes a news report of the 意见 (11jn.com). Article number assigned here. It raised the rural special-assistance standard to the urban one (150 -> 270 disability, 170 -> 340 death) in 2016, but the date from which the raise applies was NOT FOUND (Xinjiang's finance department applied it from 2016-01-01; the national text was not seen), so no figure is taken from it: the rural amount for 2016 is not encoded.",
    versions=(
        V(
            "2016",
            adopted_on="2016-04-17",
            effective_from="2016-04-17",
            effective_until=None,
            source="web:http://11jn.com/15/18311.html",
            note="PLACEHOLDER dates: the report says the national health commission's website announced on 4月17日 (2016) that the 意见 had been issued 近日; the signing date and the date from which the new rural standard applies were NOT FOUND. effective_until None: no repeal found.",
        ),
    ),
    provisions=(
        P(
            versions=("2016",),
            article=1,
            quote="意见指出,对于独生子女伤残或死亡的农村家庭,以往每人每月150元(伤残)、170元(死亡)的特别扶助金,将分别提高至每月270元和每月340元。",
            summary="Rural special assistance raised from 150 (disabled) / 170 (dead) to the urban 270 / 340 yuan a person a month; the date is not stated.",
            source="web:http://11jn.com/15/18311.html",
            note="SECONDARY SOURCE: not the document's own text, which was NOT FOUND. The same report: 并将根据经济社会发展水平等因素,对特别扶助制度扶助标准实行动态调整.",
        ),
    ),
)
