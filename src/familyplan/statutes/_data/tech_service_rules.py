"""《计划生育技术服务管理条例实施细则》 (国家计生委令第6号).

No full text was found (not in LawRefBook/Laws, nor in Theonefkguy/Chinese-Laws);
the provisions quote seed 004 (岳阳楼区), which cites arts. 48, 50 and 52. Seed
004 runs art. 48's two paragraphs together; the split below is at the sentence
"计划生育技术服务机构违反本细则规定…", which starts a different subject.

Dates: the commencement clause was NOT FOUND. The version's dates are bounded
by what is known: it cannot be in force before the 条例 it implements (in force
2001-10-01) nor after the 条例 was abolished (last day 2021-09-08); the decree
is dated 2001-12-29 in the national catalogue, and that day is used as the first
day in force (docs/policies.md, "Dates of the 实施细则"). A case whose act falls
before it gets NotInForce rather than a guess.
"""

from familyplan.statutes._spec import P, S, V

SEED = "seed:004_1091362718d1755b.txt"

STATUTE = S(
    id="tech-service-rules",
    title="计划生育技术服务管理条例实施细则",
    issuer="国家计划生育委员会",
    level="departmental-rule",
    jurisdiction="100000",
    document_number="国家计生委令第6号",
    note="Cites the 条例 in its 2001 numbering (细则 art. 48: 条例第三十一条 = 2004 art. 34).",
    versions=(
        V(
            "2001",
            adopted_on="2001-12-29",
            effective_from="2001-12-29",
            effective_until="2021-09-08",
            source=SEED,
            note=(
                "Commencement and repeal clauses NOT FOUND; bounded by the 条例's own dates "
                "(see the module notes)."
            ),
        ),
    ),
    provisions=(
        P(
            versions=("2001",),
            article=48,
            paragraph=1,
            quote="未取得执业许可，擅自从事计划生育技术服务的，按照条例第三十一条的规定处罚。",
            summary="Unlicensed services: punished under the regulation's art. 31 (2001 numbering; 2004 art. 34).",
            source=SEED,
        ),
        P(
            versions=("2001",),
            article=48,
            paragraph=2,
            quote=(
                "计划生育技术服务机构违反本细则规定，使用没有依法取得《合格证》的人员从事计划生育技术服务"
                "的，由县级以上地方人民政府计划生育行政部门责令改正，没收违法所得；违法所得1000元以上的，"
                "并处违法所得1倍以上3倍以下的罚款；没有违法所得或者违法所得不足1000元的，并处1000元以上"
                "3000元以下的罚款。"
            ),
            summary="Staff without the qualification certificate: income >= 1,000 -> 1-3x; otherwise 1,000-3,000.",
            source=SEED,
        ),
        P(
            versions=("2001",),
            article=50,
            quote=(
                "买卖、出借、出租或涂改、伪造计划生育技术服务人员合格证明文件的，由原发证部门责令改正，"
                "没收违法所得；违法所得1000元以上的，并处违法所得2倍以上5倍以下的罚款；没有违法所得或者"
                "违法所得不足1000元的，并处1000元以上3000元以下罚款；情节严重的，并由原发证部门吊销相关"
                "的执业资格。"
            ),
            summary="Trading or forging staff certificates: >= 1,000 -> 2-5x; otherwise 1,000-3,000.",
            source=SEED,
        ),
        P(
            versions=("2001",),
            article=52,
            quote=(
                "从事计划生育技术服务的人员违反条例和本细则规定，擅自增加计划生育技术服务项目或者职业的"
                "机构外从事计划生育技术服务的，由原发证部门责令改正，给予警告，没收非法所得；违法所得"
                "1000元以上的，并处违法所得1倍以上3倍以下的罚款；没有违法所得或者违法所得不足1000元的，"
                "并处1000元以上3000元以下的罚款。"
            ),
            summary="Staff exceeding approved services or working outside their institution: >= 1,000 -> 1-3x; otherwise 1,000-3,000.",
            source=SEED,
        ),
    ),
)
