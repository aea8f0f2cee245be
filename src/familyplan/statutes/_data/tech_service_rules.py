"""《计划生育技术服务管理条例实施细则》 (国家计生委令第6号).

Text: a web copy of the rules' 第六章 罚则 (aiwenku.net/tougao/36084_31.html,
page 31 of a paginated copy of the whole 细则), read through the search tool,
which returns only the beginning of each stored page. Arts. 48 and 50 ¶2 are
read in full there and match seed 004's quotes word for word (the web copy uses
half-width punctuation; the quotes below keep the full-width marks of the
seed, as every other quote in the registry). Art. 50 ¶1 (执业许可证明文件:
punished under 条例第三十四条) is not encoded.

Art. 52 is read only up to "并处违法所得2倍以上": the excerpt ends there, and
no other copy reachable here holds the article (law148.com/fagui/9WOwjFg9.html
has the whole 细则, but only its arts. 1–5 can be read through the tool; no
public statute repository holds the 细则). So the upper multiple and the band
for no (or under 1,000 yuan of) illegal income are NOT FOUND, and the library
encodes no fine band for art. 52 (the offence answers ``TextNotFound``). Seed
004 quotes the article differently (或者职业的机构外, 没收非法所得, 1倍以上3倍
以下, 1000元以上3000元以下): docs/errata.md, "Seed quotes against the statute
text".

Dates: the commencement clause was NOT FOUND (the 附则 is beyond what the tool
returns of any copy). The version's dates are bounded by what is known: it
cannot be in force before the 条例 it implements (in force 2001-10-01) nor
after the 条例 was abolished (《国务院关于废止部分行政法规的决定》, in force
2021-09-09, see ``tech_service_regs``); the decree is dated 2001-12-29 in the
national catalogue, and that day is used as the first day in force
(docs/policies.md, "Dates of the 实施细则"). No instrument repealing the 细则
itself was found. A case whose act falls before it gets NotInForce rather than
a guess.
"""

from familyplan.statutes._spec import P, S, V, fine_band_figures

SEED = "seed:004_1091362718d1755b.txt"
WEB = "web:aiwenku.net/tougao/36084_31.html"

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
            adopted_on="2001-12-29",  # PLACEHOLDER: decree date from the national catalogue, not seen in a copy
            effective_from="2001-12-29",  # PLACEHOLDER: commencement clause not found; assumed from issue
            effective_until="2021-09-08",  # PLACEHOLDER: no repeal of the 细则 found; the 条例's last day
            source=WEB,
            note=(
                "Commencement and repeal clauses NOT FOUND; bounded by the 条例's own dates "
                "(see the module notes). Last day: the day before 《国务院关于废止部分行政法规的"
                "决定》 (in force 2021-09-09) abolished the 条例."
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
            source=WEB,
            note="Seed 004 quotes the same words (exact).",
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
            source=WEB,
            note=(
                "Seed 004 quotes the same words (exact) but runs the two paragraphs together; "
                "the web copy has them as two paragraphs."
            ),
        ),
        P(
            versions=("2001",),
            article=50,
            paragraph=2,
            quote=(
                "买卖、出借、出租或涂改、伪造计划生育技术服务人员合格证明文件的，由原发证部门责令改正，"
                "没收违法所得；违法所得1000元以上的，并处违法所得2倍以上5倍以下的罚款；没有违法所得或者"
                "违法所得不足1000元的，并处1000元以上3000元以下罚款；情节严重的，并由原发证部门吊销相关"
                "的执业资格。"
            ),
            summary="Trading or forging staff certificates: >= 1,000 -> 2-5x; otherwise 1,000-3,000.",
            source=WEB,
            note="¶2 of the article; seed 004 quotes the same words (exact). ¶1 is not encoded.",
        ),
        P(
            versions=("2001",),
            article=52,
            quote=(
                "从事计划生育技术服务的人员违反条例和本细则规定，擅自增加计划生育技术服务项目或在执业的"
                "机构外从事计划生育技术服务的，由原发证部门责令改正，给予警告，没收违法所得；违法所得"
                "1000元以上的，并处违法所得2倍以上……"
            ),
            summary=(
                "Staff exceeding approved services or working outside their institution: warning, "
                "confiscation; income >= 1,000 -> at least 2x (the rest of the article NOT FOUND)."
            ),
            source=WEB,
            note=(
                "The quote ends where the only copy read ends (……): the upper multiple and the "
                "band for no illegal income or less than 1,000 yuan were NOT FOUND. Seed 004's "
                "wording (或者职业的机构外, 没收非法所得, 1倍以上3倍以下) differs; see docs/errata.md."
            ),
        ),
    ),
    figures=(
        # 第四十八条第二款: 违法所得1000元以上的，并处违法所得1倍以上3倍以下的罚款；没有违法所得
        # 或者违法所得不足1000元的，并处1000元以上3000元以下的罚款
        *fine_band_figures(
            "staff-without-qualification-certificate",
            versions=("2001",),
            article=48,
            paragraph=2,
            threshold=("1000", "违法所得1000元以上"),
            multiple=(("1", "3"), "1倍以上3倍以下"),
            fixed=(("1000", "3000"), "1000元以上3000元以下"),
        ),
        # 第五十条第二款: 违法所得1000元以上的，并处违法所得2倍以上5倍以下的罚款；没有违法所得或者
        # 违法所得不足1000元的，并处1000元以上3000元以下罚款
        *fine_band_figures(
            "trading-or-forging-staff-certificate",
            versions=("2001",),
            article=50,
            paragraph=2,
            threshold=("1000", "违法所得1000元以上"),
            multiple=(("2", "5"), "2倍以上5倍以下"),
            fixed=(("1000", "3000"), "1000元以上3000元以下"),
        ),
        # 第五十二条 as read: 违法所得1000元以上的，并处违法所得2倍以上… (the rest NOT FOUND)
        *fine_band_figures(
            "staff-exceeding-approved-services",
            versions=("2001",),
            article=52,
            threshold=("1000", "违法所得1000元以上"),
        ),
    ),
)
