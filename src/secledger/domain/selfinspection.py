"""保密自查自评: the checklist of the 机关单位保密自查自评工作办法 — fourteen areas, each with
its numbered items (written here in our own words, faithful to the measure) — the results an
item can get, and the rules of a self-inspection.

Rules (DESIGN.md §3, 实施条例 art. 58): every item gets a result (符合 / 基本符合 / 不符合 /
不适用); where the ledger proposes a result from its own records, the security officer either
accepts it or gives another with a reason (``check_assessment``); a report is finalised only
when every item has a result (``missing``), and a finalised report never changes: a later
version supersedes it (``check_draft``). An item whose ``evidence`` names a provider is one
the ledger can judge (``services/yearend/evidence``); an item without one (training,
procurement, what happens outside the ledger) is left to the officer with a note saying so.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from secledger.domain.enums import Labelled
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.domain.yearend import Weight, finding_weight


class Result(Labelled):
    CONFORMS = "conforms"  # 符合
    MOSTLY = "mostly"  # 基本符合
    FAILS = "fails"  # 不符合
    NOT_APPLICABLE = "not_applicable"  # 不适用

    @property
    def label(self) -> str:
        return {"conforms": "符合", "mostly": "基本符合", "fails": "不符合",
                "not_applicable": "不适用"}[self.value]

    @property
    def label_en(self) -> str:
        return {"conforms": "Conforms", "mostly": "Mostly conforms", "fails": "Does not conform",
                "not_applicable": "Not applicable"}[self.value]


class InspectionStatus(Labelled):
    DRAFT = "draft"  # 草稿
    FINAL = "final"  # 已定稿
    SUPERSEDED = "superseded"  # 已被新版本取代

    @property
    def label(self) -> str:
        return {"draft": "草稿", "final": "已定稿", "superseded": "已被取代"}[self.value]

    @property
    def label_en(self) -> str:
        return {"draft": "Draft", "final": "Final", "superseded": "Superseded"}[self.value]


class RectificationStatus(Labelled):
    OPEN = "open"  # 整改中
    CLOSED = "closed"  # 已完成

    @property
    def label(self) -> str:
        return {"open": "整改中", "closed": "已完成"}[self.value]

    @property
    def label_en(self) -> str:
        return {"open": "Open", "closed": "Closed"}[self.value]


RECTIFICATION_REGISTER, RECTIFICATION_PREFIX = "rectification", "改"


@dataclass(frozen=True, slots=True)
class CheckArea:
    no: int  # 1..14, printed (一)…(十四)
    zh: str
    en: str

    @property
    def numeral(self) -> str:
        return f"（{NUMERALS[self.no - 1]}）"


@dataclass(frozen=True, slots=True)
class Item:
    area: int
    no: int
    zh: str
    en: str
    evidence: str = ""  # the provider key of an item the ledger can judge

    @property
    def code(self) -> str:
        return f"{self.area}.{self.no}"

    @property
    def printed_no(self) -> str:
        """``（六）4``, as the 工作办法 numbers its items."""
        return f"（{NUMERALS[self.area - 1]}）{self.no}"


NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
            "十四")

AREAS: tuple[CheckArea, ...] = (
    CheckArea(1, "保密工作领导责任制落实情况", "Leadership responsibility for secrecy work"),
    CheckArea(2, "保密制度建设情况", "Secrecy rules"),
    CheckArea(3, "保密宣传教育情况", "Secrecy education and training"),
    CheckArea(4, "涉密人员管理情况", "Classified staff"),
    CheckArea(5, "定密工作情况", "Classification"),
    CheckArea(6, "国家秘密载体管理情况", "Classified carriers"),
    CheckArea(7, "信息系统和信息设备保密管理情况", "Information systems and devices"),
    CheckArea(8, "保密要害部门部位管理情况", "Key secrecy departments and places"),
    CheckArea(9, "涉密会议活动和涉密采购保密管理情况", "Classified meetings, events and procurement"),
    CheckArea(10, "涉外工作保密管理情况", "Work with foreign parties"),
    CheckArea(11, "宣传报道和信息公开保密审查情况", "Publicity and disclosure review"),
    CheckArea(12, "泄密事件和违法行为查处情况", "Leaks and violations"),
    CheckArea(13, "保密工作机构、人员和经费情况", "Secrecy office, staff and funds"),
    CheckArea(14, "保密工作记录情况", "Records of secrecy work"),
)

_I = Item
ITEMS: tuple[Item, ...] = (
    _I(1, 1, "主要负责人对保密工作提出明确要求，听取汇报并研究解决问题，将保密责任制落实情况纳入年度考评考核，"
       "为保密工作提供人力、物力、财力保障。",
       "The head of the unit sets clear requirements, hears reports and solves problems, includes "
       "secrecy duties in the yearly appraisal, and provides staff, means and funds."),
    _I(1, 2, "分管保密工作的负责人坚持保密委员会（领导小组）议事制度，部署并检查保密工作，及时组织查处泄密"
       "事件和违规行为。",
       "The leader in charge of secrecy convenes the secrecy committee, plans and checks the work, "
       "and has leaks and violations investigated promptly."),
    _I(1, 3, "分管业务工作的负责人对分管范围内的保密工作提出要求、督促检查，支持保密工作机构和人员开展工作。",
       "Leaders in charge of other business set secrecy requirements within their remit, check "
       "them and support the secrecy office."),
    _I(1, 4, "内设机构负责人掌握本部门保密工作情况，对涉密人员进行教育管理，定期开展自查并及时整改。",
       "Heads of internal departments know their department's secrecy work, educate and manage "
       "its classified staff, inspect regularly and put problems right."),
    _I(2, 1, "结合实际建立保密责任、定密、涉密人员、国家秘密载体、信息系统和设备、要害部门部位、涉密会议活动、"
       "宣传报道等保密管理制度。",
       "Written rules fitted to the unit cover responsibilities, classification, classified staff, "
       "carriers, information systems and devices, key places, classified meetings and publicity."),
    _I(2, 2, "保密制度随法律法规和工作变化及时修订，内容具体、便于执行。",
       "The rules are revised when laws or work change, and are specific enough to follow."),
    _I(2, 3, "保密制度得到执行，执行情况有检查、有记录。",
       "The rules are applied, and their application is checked and recorded."),
    _I(3, 1, "保密宣传教育纳入年度工作计划和干部教育培训内容。",
       "Secrecy education is part of the yearly work plan and of staff training."),
    _I(3, 2, "涉密人员上岗前接受保密教育培训，在岗期间定期接受培训。",
       "Classified staff are trained before taking up their post and regularly while in it."),
    _I(3, 3, "对领导干部、新进人员、离岗人员开展有针对性的保密教育和警示教育。",
       "Leaders, newcomers and people leaving get education and warning cases suited to them."),
    _I(4, 1, "按规定确定涉密岗位和涉密人员等级，上岗前进行保密审查，建立涉密人员名册。",
       "Classified posts and clearance levels are set, people are vetted before taking up the "
       "post, and a register of classified staff is kept."),
    _I(4, 2, "涉密人员签订保密承诺书，遵守保密纪律。",
       "Classified staff sign a secrecy pledge and keep to the rules."),
    _I(4, 3, "涉密人员因私出国（境）按规定审批，重大事项及时报告。",
       "Private travel abroad by classified staff is approved; important personal matters are "
       "reported."),
    _I(4, 4, "涉密人员离岗离职前清退所持国家秘密载体和涉密设备，办理移交，实行脱密期管理。",
       "Before leaving a post, classified staff return every carrier and classified device, hand "
       "over with a list and serve a cooling-off period.", "departures"),
    _I(5, 1, "按规定指定定密责任人，明确其定密权限并进行培训。",
       "Classifiers are designated, with the highest level each may decide, and trained.",
       "classifiers"),
    _I(5, 2, "国家秘密由承办人拟定、定密责任人审核批准，密级、保密期限和知悉范围依据充分，在规定时限内完成。",
       "Secrets are proposed by the officer handling them and approved by a classifier, with "
       "level, period and circle of knowledge properly based and within the time limit.",
       "classification"),
    _I(5, 3, "国家秘密载体标注密级和保密期限，绝密级、机密级载体标注份号。",
       "Carriers bear their level and period; top secret and secret copies are numbered.",
       "marking"),
    _I(5, 4, "国家秘密的变更和解除由原定密机关决定，书面通知知悉范围内的机关单位和人员并作出标注；保密期限"
       "届满的自行解密。",
       "Changes and declassification are decided by the originator, notified in writing to "
       "everyone within the circle and marked on the carriers; secrets whose period ends are "
       "declassified.", "changes"),
    _I(5, 5, "每年对所产生的国家秘密事项进行审核，建立定密工作台账。",
       "Every year the unit reviews the secrets it holds and keeps a register of its "
       "classification work.", "review"),
    _I(6, 1, "制作国家秘密载体标明密级和保密期限，注明发放范围及制作份数，在符合保密要求的场所制作。",
       "Carriers are made marked with level and period, with their distribution and number of "
       "copies stated, in a place that meets the rules.", "produce"),
    _I(6, 2, "收发国家秘密载体履行清点、编号、登记、签收手续。",
       "Carriers received and sent are counted, numbered, registered and signed for.",
       "receive_send"),
    _I(6, 3, "传递国家秘密载体通过机要交通、机要通信或者指派专人进行，不通过普通邮政、快递；绝密级由两人以上"
       "共同传递。",
       "Carriers travel by confidential courier, confidential post or designated staff, never by "
       "ordinary post or express; top secret by two people together.", "transmit"),
    _I(6, 4, "复制国家秘密载体履行审批登记手续，绝密级经原定密机关批准，复制件加盖戳记、视同原件管理。",
       "Copies are approved and registered, top secret only with the originator's approval; "
       "copies are stamped and managed as originals.", "copy"),
    _I(6, 5, "传阅、借阅、使用国家秘密载体履行登记手续，按期退还，不横传。",
       "Circulation, loans and use are registered and returned on time; nothing passes between "
       "readers.", "use"),
    _I(6, 6, "国家秘密载体存放在符合要求的保密设备中，绝密级专人管理；定期清查，账物相符。",
       "Carriers are kept in approved cabinets, top secret by a designated keeper; they are "
       "checked regularly and the ledger matches the shelf.", "keep"),
    _I(6, 7, "维修存储国家秘密的设备和介质在本单位进行或由专人现场监督，送外维修前拆除存储部件。",
       "Devices and media holding secrets are repaired in-house or under watch, with storage "
       "removed before anything leaves.", "repair"),
    _I(6, 8, "销毁国家秘密载体履行清点登记和审批手续，送指定场所或使用合格设备销毁，两人以上送销监销。",
       "Destruction is listed, counted and approved, done at the designated site or on approved "
       "equipment, escorted and witnessed by two or more people.", "destroy"),
    _I(6, 9, "个人不私自留存国家秘密载体；确需留存的履行审批登记，按期交回。",
       "Nobody keeps carriers privately; where needed, retention is approved, registered and "
       "returned on time.", "retention"),
    _I(6, 10, "须清退的国家秘密载体按要求及时清退。",
       "Carriers that must go back to their issuer are returned on time.", "recall"),
    _I(6, 11, "携带国家秘密载体外出履行审批手续并采取保护措施。",
       "Carriers taken out of the office are approved and protected.", "carry_out"),
    _I(6, 12, "严格控制知悉范围，知悉机密级以上国家秘密的人员作出书面记录。",
       "The circle of knowledge is kept; everyone who knows a secret or top secret matter is "
       "recorded in writing.", "knowers"),
    _I(7, 1, "涉密信息系统按规定进行分级保护，经测评审查后投入使用。",
       "Classified systems are protected by their level and used only after assessment."),
    _I(7, 2, "涉密信息系统和设备与互联网及其他公共信息网络物理隔离。",
       "Classified systems and devices are physically separated from the internet and other "
       "public networks."),
    _I(7, 3, "非涉密计算机和信息设备不存储、处理国家秘密。",
       "Non-classified computers and devices neither store nor process secrets."),
    _I(7, 4, "涉密计算机安装保密防护措施，落实身份鉴别、访问控制和安全审计。",
       "Classified computers carry the protective measures: authentication, access control and "
       "audit."),
    _I(7, 5, "涉密移动存储介质不在非涉密设备上使用，非涉密介质不接入涉密设备。",
       "Classified removable media are never used on non-classified devices, nor the reverse."),
    _I(7, 6, "涉密信息设备不连接无线网络和无线外设。",
       "Classified devices connect to no wireless network or wireless peripheral."),
    _I(7, 7, "打印、复印、传真等办公设备不在涉密和非涉密设备之间混用。",
       "Printers, copiers and fax machines are not shared between classified and non-classified "
       "devices."),
    _I(7, 8, "涉密信息设备维修、改变用途按规定审批并采取保密措施。",
       "Repair or change of use of classified devices is approved and protected."),
    _I(7, 9, "涉密信息设备和介质报废、销毁交指定机构处理。",
       "Classified devices and media are scrapped and destroyed by the designated body."),
    _I(7, 10, "定期对信息系统和设备开展保密技术检查。",
       "Systems and devices are checked technically at regular intervals."),
    _I(7, 11, "建立涉密计算机和移动存储介质台账，标明设备编号、密级和责任人。",
       "A register of classified computers and removable media gives each its number, level and "
       "responsible person.", "media"),
    _I(8, 1, "确定保密要害部门部位，报保密行政管理部门备案。",
       "Key secrecy departments and places are designated and filed with the secrecy authority."),
    _I(8, 2, "要害部门部位配备安全防范设施，实行出入登记。",
       "Key places have protective equipment and a record of who enters."),
    _I(8, 3, "要害部门部位禁止带入手机等无线设备，工作人员按核心、重要涉密人员管理。",
       "No mobile phones enter key places; their staff are managed as core or important "
       "classified staff."),
    _I(9, 1, "涉密会议、活动制定保密方案，在符合要求的场所举办，控制参加人员。",
       "Classified meetings and events have a secrecy plan, a suitable place and a controlled "
       "list of participants."),
    _I(9, 2, "会议文件编号登记，签收发放，会后清点收回。",
       "Meeting documents are numbered, registered, issued against signature and collected "
       "afterwards."),
    _I(9, 3, "涉密采购按规定程序办理，与供应方签订保密协议。",
       "Classified procurement follows its procedure, with secrecy agreements signed by "
       "suppliers."),
    _I(10, 1, "对外提供国家秘密履行审批手续。",
       "Secrets are given to foreign parties only with approval."),
    _I(10, 2, "涉外活动不携带绝密级载体，携带其他涉密载体经批准并采取保护措施。",
       "No top secret carrier goes to foreign-related activities; others only with approval and "
       "protection.", "carry_out_foreign"),
    _I(10, 3, "涉外人员接受保密教育，外籍人员接触范围受到控制。",
       "Staff working with foreign parties are briefed; foreign nationals' access is controlled."),
    _I(11, 1, "建立信息公开保密审查制度，先审查、后公开。",
       "Information is reviewed for secrets before it is published."),
    _I(11, 2, "门户网站和新媒体发布信息经过保密审查。",
       "Websites and social media posts are reviewed before release."),
    _I(11, 3, "宣传报道不涉及国家秘密。",
       "Publicity does not touch on state secrets."),
    _I(12, 1, "发现国家秘密载体遗失或泄密，在24小时内报告并采取补救措施。",
       "A lost carrier or a leak is reported within 24 hours and remedied.", "losses"),
    _I(12, 2, "泄密事件和违反保密法律法规的行为依法依规调查处理，追究责任。",
       "Leaks and violations are investigated and those responsible held to account."),
    _I(12, 3, "保密检查和自查发现的问题按期整改。",
       "Problems found by inspections and self-inspections are put right on time.",
       "rectification"),
    _I(13, 1, "设立或明确保密工作机构，配备专职或兼职保密干部。",
       "A secrecy office exists, with full- or part-time secrecy staff."),
    _I(13, 2, "保密工作经费列入预算，满足工作需要。",
       "Secrecy work has its own budget, enough for the work."),
    _I(13, 3, "保密干部接受业务培训，具备履职能力。",
       "Secrecy staff are trained for their duties."),
    _I(14, 1, "保密工作各环节记录完整准确，台账清晰，可查可核。",
       "Every step of secrecy work is recorded completely and accurately; the ledger can be "
       "checked.", "records"),
    _I(14, 2, "保密检查、自查自评、教育培训等工作有记录并存档。",
       "Inspections, self-inspections and training are recorded and filed."),
    _I(14, 3, "按要求向保密行政管理部门报告年度保密工作情况。",
       "The yearly secrecy work report goes to the secrecy authority as required."),
)

ITEMS_BY_CODE: dict[str, Item] = {i.code: i for i in ITEMS}


def area_of(item: Item) -> CheckArea:
    return AREAS[item.area - 1]


def item(code: str) -> Item:
    found = ITEMS_BY_CODE.get(code)
    if found is None:
        raise ValidationError("selfinspection.unknown_item", field="item", item=code)
    return found


# -- rules ---------------------------------------------------------------------------------
def propose(findings: Iterable[str]) -> Result:
    """What the ledger proposes for an item it can judge, from the kinds of exception found:
    none 符合, only minor ones 基本符合, any major one 不符合."""
    weights = {finding_weight(f) for f in findings}
    if Weight.MAJOR in weights:
        return Result.FAILS
    return Result.MOSTLY if weights else Result.CONFORMS


def check_assessment(proposed: Result | None, result: Result, reason: str) -> None:
    """Giving another result than the ledger proposed needs a reason."""
    if proposed is not None and result is not proposed and not reason.strip():
        raise ValidationError("selfinspection.override_reason", field="reason",
                              proposed=proposed.label, proposed_en=proposed.label_en,
                              result=result.label, result_en=result.label_en)


def check_draft(status: InspectionStatus, year: int, version: int) -> None:
    """Only a draft changes; a finalised report stays as it was finalised."""
    if status is not InspectionStatus.DRAFT:
        raise RuleViolation("selfinspection.final", year=year, version=version,
                            status=status.label, status_en=status.label_en)


def missing(assessed: Iterable[str]) -> list[Item]:
    """The items still without a result, in checklist order."""
    done = set(assessed)
    return [i for i in ITEMS if i.code not in done]


def digest(snapshot: Mapping[str, Any]) -> str:
    """SHA-256 of the finalised report's content (canonical JSON): printed on the report,
    recorded in its event, and checked again by ``verify``."""
    body = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
