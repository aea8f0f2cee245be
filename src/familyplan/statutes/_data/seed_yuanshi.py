"""元氏县人口和计划生育局部门职责登记表 and 事中事后监管 (seed 001) — the clauses that fix calculable rules."""

from familyplan.statutes._spec import P, S, V

STATUTE = S(
    id="yuanshi-list",
    title="元氏县人口和计划生育局部门职责登记表",
    issuer="元氏县人口和计划生育局",
    level="local-list",
    jurisdiction="130132",
    document_number=None,
    note="A county-level duty register with boundary, public-service and supervision tables. Few calculable rules: re-birth approval checks, exam bonus points for rural only children, reward/assistance qualification checks, one migrant example. Articles are sequential numbers assigned here.",
    versions=(
        V(
            "2015",
            adopted_on="2015-01-01",
            effective_from="2015-01-01",
            effective_until=None,
            source="seed:001_1501384635f1ae89.txt",
            note="PLACEHOLDER date: the seed carries no date of its own. The seeds README dates these lists 'around 2015-2016'; 2015-01-01 is a conventional start chosen for the label '2015', NOT a date taken from the text. effective_until None: no repeal or replacement of the list was found (its levy rules lost their object when 社会抚养费 was abolished in 2021). The list cites documents of 2014 (国卫流管发〔2014〕82号, 石卫〔2014〕3号), so it is not older than 2014.",
        ),
    ),
    provisions=(
        P(
            versions=("2015",),
            article=1,
            quote="1、通过网上办事大厅对所有再生育申请核实证件证材是否属实，是否符合相关政策规定。",
            summary="Re-birth approvals: every application is verified through the online service hall for genuine documents and policy compliance.",
            source="seed:001_1501384635f1ae89.txt",
            note="Seed: 事中事后监管 1、再生育审批的监管 / 五、监督检查程序 item 1.",
        ),
        P(
            versions=("2015",),
            article=2,
            quote="对农村独生子女中、高考加分资格确认，并进行备案。",
            summary="Exam bonus points for rural only children: the county confirms the qualification and keeps it on file.",
            source="seed:001_1501384635f1ae89.txt",
            note="Seed: 2、中、高考加分的监管 (opening sentence).",
        ),
        P(
            versions=("2015",),
            article=3,
            quote="每年3月和4月，各乡（镇）、街道办计生办将乡级审验的《河北省农村独生子女审定表》和相关证明报县级备案。",
            summary="Exam bonus points: each March and April townships file the verified Hebei rural only-child forms with the county.",
            source="seed:001_1501384635f1ae89.txt",
            note="Seed: 2、中、高考加分的监管 / 四、监督检查措施.",
        ),
        P(
            versions=("2015",),
            article=4,
            quote="县计生局对乡级上报的奖特扶对象进行资格确认。",
            summary="Reward and special assistance: the county bureau confirms the qualification of recipients reported by townships.",
            source="seed:001_1501384635f1ae89.txt",
            note="Seed: 3、奖扶和特扶资格确认的监管 (opening sentence).",
        ),
        P(
            versions=("2015",),
            article=5,
            quote="1、对乡镇上报的奖特扶人员全部进行核查，及时发现并纠正错误。并按规定追究相关人员责任。",
            summary="Reward and special assistance: all recipients reported by townships are checked (100%).",
            source="seed:001_1501384635f1ae89.txt",
            note="Seed: 3、奖扶和特扶资格确认的监管 / 四、监督检查措施 item 1.",
        ),
        P(
            versions=("2015",),
            article=6,
            quote="如，吴某(女，18-49周岁）从江西到河北石家庄打工，应当在到达现居住地十五日内向现居住地乡镇人民政府或者街道办事处交验《婚育证明》，并可接受现居住地计划生育服务管理；",
            summary="Example: a migrant woman aged 18-49 shows her marriage-and-birth certificate within 15 days of arrival.",
            source="seed:001_1501384635f1ae89.txt",
            note="Seed: 与相关部门的职责边界登记表 / 1 流动人口管理 / 案例 (first clause, cut at the semicolon). The 15-day rule is the seed's example; its basis is 流动人口计划生育工作条例 (国务院令第555号), not checked here.",
        ),
    ),
)
