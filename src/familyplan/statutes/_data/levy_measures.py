"""《社会抚养费征收管理办法》 (国务院令第357号) — EXAMPLE of the data format."""

from familyplan.statutes._spec import P, S, V

STATUTE = S(
    id="levy-measures",
    title="社会抚养费征收管理办法",
    issuer="国务院",
    level="administrative-regulation",
    jurisdiction="100000",
    document_number="国务院令第357号",
    versions=(
        V(
            "2002",
            adopted_on="2002-08-02",
            effective_from="2002-09-01",
            effective_until="2021-09-30",  # PLACEHOLDER
            source="LawRefBook/Laws:行政法规/社会抚养费征收管理办法(2002-08-02).md",
            note="Abolished by 国务院关于废止部分行政法规的决定 (2021): ...",
        ),
    ),
    provisions=(
        P(
            versions=("2002",),
            article=8,
            quote="当事人未在规定的期限内缴纳社会抚养费的，自欠缴之日起每月加收欠缴社会抚养费的千分之二的滞纳金；仍不缴纳的，由作出征收决定的计划生育行政部门依法申请人民法院强制执行。",
            summary="Late fee of 2 per mille a month of the unpaid levy from the day of default; then court enforcement.",
            source="seed:004_1091362718d1755b.txt",
        ),
    ),
)
