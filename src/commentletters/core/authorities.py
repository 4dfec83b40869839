"""Authorities a letter cites: ASC paragraphs, Regulation S-K/S-X/G items and rules, form items and general
instructions, SEC releases, the Financial Reporting Manual/Codification, C&DIs, SAB topics, IFRS/IAS, statute sections.

``find_authorities(text)`` returns each authority once, in order of first mention, in one normalised
spelling so that precedent search can group letters by what they cite: "FASB ASC Topic 606" and
"ASC 606" are the same authority; "Rule 13a-14 under the Exchange Act" is "Exchange Act Rule 13a-14";
"Regulation S-K Item 303(b)" is "Item 303(b) of Regulation S-K" and "Form 8-K Item 2.02" "Item 2.02 of Form 8-K";
a bare "Rule 4-08(e)" (numbered as only Regulation S-X numbers its rules) is "Rule 4-08(e) of Regulation S-X";
"Item 303(A)" is "Item 303(a)" (paragraphs cased as the CFR cases them); a regulation cited whole ("comply with
Regulation G") is listed as such unless a part of it is cited too. Used for staff comments and for company answers
alike, so the patterns rest on how the citations are spelt, not on one letter.
"""

from __future__ import annotations

import re

from .anchored import anchored_matches
from .spaces import squeeze

_PAREN = r"(?:\s?\([A-Za-z0-9]{1,5}\))*"  # (b), (1)(ii), (A)
_ACT = (
    r"(?:Securities Exchange Act|Securities Act|Exchange Act|Sarbanes-Oxley Act|Investment Company Act"
    r"|Trust Indenture Act|Dodd-Frank Act)"
)
_ACT_YEAR = r"(?:\s+of\s+(?:19|20)\d\d)?"  # "the Securities Exchange Act of 1934"
_REG = r"(?:Regulation|Reg\.?)"  # "Item 303 of Reg. S-K"
_FORM = r"Form\s+[0-9A-Z]{1,4}(?:-[0-9A-Z]{1,3})?"
_SOURCE = (
    rf"(?:{_REG}\s+(?:S-K|S-X|S-T|G|AB|A|M-A|BTR|FD|14A|13D-G|C|D)"
    rf"|{_FORM}"
    r"|Schedule\s+(?:14A|14C|13D|13G|13E-3|14D-9|TO))"
)
# (a form's "Item 1A", "Item 16F" too; a range of paragraphs as written: "Item 303(a)-(b)", "10(e)(1)(i)(C)-(D)")
_ITEM_NO = r"\d{1,4}[A-Z]?(?![\w-])(?:\.[0-9A-Z]{1,3})*" + _PAREN + r"(?:-(?:\([A-Za-z0-9]{1,5}\))+)?"
# 13a-14, 10D-1, 144A, PCAOB's 1001 (never the first digits of a longer number)
_RULE_NO = r"\d{1,4}(?!\d)[A-Za-z]?(?:-\d{1,3}[A-Za-z]?)?(?:\.\d{1,3})?" + _PAREN
_CDI = r"(?:C\s?&\s?DI(?:s|'s|’s)?|Compliance\s+(?:and|&)\s+Disclosure\s+Interpretations?)"
_CDI_NOS = r"\d{3}\.\d{2}[A-Za-z]?(?:\s*(?:,\s*and|,|and|or)\s+\d{3}\.\d{2}[A-Za-z]?)*"
_LIST_JOIN = r"\s*(?:,\s*and|,|and|or|through)\s+"
# "401 and 402(b)", "303(a) and (c)", "101, 103 and 105"
_ITEM_LIST = rf"{_ITEM_NO}(?:{_LIST_JOIN}(?:Item\s+)?(?:{_ITEM_NO}|(?:\([A-Za-z0-9]{{1,5}}\))+))*"
_SAB_TOPIC = r"\d{1,2}(?:[.:]?[A-Z](?:[.:]\d)?)?"

_PATTERNS: list[tuple[str, str]] = [
    # Instruction 4(b)(ii) to Item 19 of Form 20-F
    (
        "instruction",
        rf"Instructions?\s+(?P<ins>\d{{1,2}}{_PAREN})\s+(?:to|of)\s+Item\s+(?P<item>{_ITEM_NO})"
        rf"\s+of\s+(?P<src>{_SOURCE})",
    ),
    # General Instruction B.2 of Form 8-K / General Instruction I(2)(c) to Form 10-K
    (
        "general_instruction",
        rf"General\s+Instructions?\s+(?P<no>[A-Z](?:\.?\d{{1,2}})?(?:\.[a-z0-9]{{1,2}})*{_PAREN})(?![\w-])"
        rf"\s+(?:of|to|for)\s+(?:the\s+)?(?P<src>{_SOURCE})",
    ),
    # Regulation S-K Item 303(b) / S-K Item 303(b) / Regulation S-K, Item 601(b)(8) / Form 8-K Item 2.02 /
    # Regulation S-K Items 101, 103 and 105 (a list after "Items" only: "S-K Item 303 and 10 more" lists one)
    (
        "item_after",
        rf"(?P<src>(?:{_REG}\s+)?S-[KX]|{_FORM}),?\s+(?:Item\s+(?P<item>{_ITEM_NO})|Items\s+(?P<items>{_ITEM_LIST}))",
    ),
    # Items 401 and 402(b) of Regulation S-K / Item 5.B.1(a) of Form 20-F
    (
        "item",
        rf"Items?\s+(?P<items>{_ITEM_LIST})"
        rf"\s+(?:of|to|under)\s+(?:the\s+)?(?P<src>{_SOURCE})",
    ),
    # Article 11 of Regulation S-X; "Article 5-03" for its Rule 5-03
    ("article", rf"Article\s+(?P<no>\d{{1,2}})(?:-(?P<sub>\d{{2}}))?\s+of\s+(?P<src>{_REG}\s+S-X)"),
    # Regulation S-X Rule 3-05 / Regulation G Rule 100(b)
    ("rule_after", rf"(?P<src>(?:{_REG}\s+)?S-[XK]|{_REG}\s+(?:G|AB|A|M-A|C|D))\s+Rule\s+(?P<no>{_RULE_NO})"),
    # Exchange Act Rule 13a-14 / Securities Act Section 27
    ("act_first", rf"(?P<act>{_ACT})\s+(?P<kind>Rule|Section)\s+(?P<no>{_RULE_NO})"),
    # Rule 3-05 of Regulation S-X / Rule 13a-14 under the Exchange Act / Rule 461 / Rules 3-10(i) and
    # 10-01(a)(4) of Regulation S-X (each number of a list)
    (
        "rule",
        rf"Rules?\s+(?P<nos>{_RULE_NO}(?:{_LIST_JOIN}(?:Rule\s+)?(?:{_RULE_NO}|(?:\([A-Za-z0-9]{{1,5}}\))+))*)"
        rf"(?:\s+(?:of|under|promulgated\s+under)"
        rf"\s+(?:the\s+)?(?:(?P<src>{_REG}\s+(?:S-K|S-X|S-T|G|AB|A|M-A|14A|13D-G|C|D))|(?P<act>{_ACT})))?",
    ),
    ("section_of_act", rf"Section\s+(?P<no>\d{{1,3}}[A-Za-z]?{_PAREN})\s+of\s+the\s+(?P<act>{_ACT}){_ACT_YEAR}"),
    ("release", r"Release\s+(?:Nos?\.\s*)?(?P<nos>\d{2}-\d{3,6}(?:\s*(?:;|,|and)\s*\d{2}-\d{3,6})*)"),
    (
        "asc",
        r"(?:FASB\s+)?(?:ASC|Accounting\s+Standards\s+Codification)(?:\s+(?:(?:Sub)?[Tt]opic\s+|Section\s+|"
        r"paragraphs?\s+)?|-(?=\d{3}))(?P<no>\d{3}(?:-\d{2,3}(?:-S?\d{2}(?:-\d{1,3}[A-Z]?)?)?)?" + _PAREN + ")",
    ),
    ("asu", r"(?:ASU|Accounting\s+Standards\s+Update)\s+(?:No\.\s*)?(?P<no>20\d{2}-\d{2})"),
    ("frc", r"(?P<kind>FRC|FRM)\s+(?:Topic\s+|Section\s+)?(?P<no>\d{1,4}(?:\.\d{1,3})*(?:\.[a-z])?(?:\([a-z]\))?)"),
    (
        "frm_long",
        r"(?:Section|Topic)\s+(?P<no>\d{1,4}(?:\.\d{1,3})*)\s+of\s+the\s+(?:SEC\s+)?(?:Division'?s\s+)?"
        r"(?:Financial\s+Reporting\s+Manual|FRM)",
    ),
    (
        "cdi_first",
        rf"(?:Questions?|Interpretations?|C\s?&\s?DIs?)\s+(?P<nos>{_CDI_NOS})"
        rf"(?=(?:[^.;]|\.(?=\d)){{0,160}}?{_CDI})",
    ),
    ("cdi_after", rf"{_CDI}\s+(?:Questions?\s+)?(?P<nos>{_CDI_NOS})"),
    (
        "sab",
        # "SAB Topic 1.M", "Topic 1:M and 1:N" (a colon as often as a full stop), "Topic 11"
        rf"(?:SAB|Staff\s+Accounting\s+Bulletin)\s+(?:Topics?\s+(?P<topic>{_SAB_TOPIC}(?:{_LIST_JOIN}{_SAB_TOPIC})*)|"
        r"(?:No\.\s*)?(?P<no>\d{2,3}))",
    ),
    ("ifrs", r"\b(?P<kind>IFRS|IAS)\s+(?P<no>\d{1,2})\b"),
    ("cfr", r"(?P<title>\d{1,2})\s+CFR\s+(?P<no>\d{3}\.\d{1,4}[a-z]?(?:-\d{1,3})?)"),
    # a regulation cited whole ("comply with Regulation G", "an offering under Regulation A"): last, so that an
    # item or rule named before it ("Regulation S-K Item 303(b)") is read as that
    ("regulation", rf"(?P<src>{_REG}\s+(?:S-K|S-X|S-T|G|AB|A|M-A|BTR|FD|C|D))(?![\w-])"),
]


def _compile() -> re.Pattern[str]:
    """One alternation; each pattern's groups are prefixed with its name so the names stay unique."""
    parts = [f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})" for name, pattern in _PATTERNS]
    return re.compile(r"\b(?:" + "|".join(parts) + ")")


_REGEX = _compile()
# Each kind's own groups, in pattern order: read one by one from a match, not from the groupdict()
# of all the kinds' groups (several dozen) per citation.
_GROUPS: dict[str, list[tuple[str, str]]] = {
    name: [(key, key[len(name) + 1 :]) for key in _REGEX.groupindex if key.startswith(name + "_")]
    for name, _ in _PATTERNS
}
# Every citation starts with one of these words (or "17 CFR"). Tried at each word boundary, the
# alternation above is slow over long answers; found first by this plain alternation of literals
# (which the regex engine scans for by its first characters), it is tried only where one starts.
# Every branch must begin with a literal letter: one branch starting with a digit class turns the
# scan off and makes the search ten times slower, so the "17 CFR" branch is only added to the
# anchors of a text that holds "CFR". Words common in letters that open a citation only with the next
# word ("Staff Accounting Bulletin", "Securities Act Rule") are anchors with it (the text is squeezed:
# its only white space is the single space).
_ANCHOR_WORDS = (
    r"Instruction|General Instruction|Form [0-9A-Z-]{1,8},? Items? |Regulation|Reg\.? [A-Z]|S-[KX]|Item|Article|"
    r"Securities Act|Exchange Act|Sarbanes|Investment Company|"
    r"Trust Indenture|Dodd|Rule|Section|Release|FASB|ASC|Accounting Standards|ASU|FR[CM]|Topic|Question|"
    r"Interpretation|C\s?&|Compliance|SAB|Staff Accounting|IFRS|IAS"
)
_ANCHOR = re.compile(_ANCHOR_WORDS)
_ANCHOR_CFR = re.compile(_ANCHOR_WORDS + r"|\d{1,2}\sCFR")
# "S-" / "K" broken at a line end; as (?<=[A-Z])-\s+(?=[A-Z0-9]), opened by the hyphen the engine skips to
# (quickly: a lone literal character is looked for as str.find does)
_SPLIT_CODE = re.compile(r"-(?<=[A-Z]-)\s+(?=[A-Z0-9])")
_SPACE_RUN = re.compile(r"\s\s*")  # as \s+ (see marks._DIGITS)


# The anchors as they may stand in a text not yet squeezed nor mended (any white space between two words,
# "S-" and "K" apart or joined by another dash), and "CFR" for "17 CFR": where none is, no citation is.
_ANCHOR_LOOSE = re.compile(
    _ANCHOR_WORDS.replace(" ", r"\s+").replace("S-[KX]", r"S[-\u2011\u2013]\s*[KX]").replace(r"C\s?&", r"C\s*&")
    + "|CFR"
)


def find_authorities(text: str) -> list[str]:
    """Each authority cited in ``text``, normalised, once, in order of first mention.

    A text that holds no anchor word, as it may be spelled before it is squeezed (:data:`_ANCHOR_LOOSE`),
    cites nothing: most answers are ruled out so, not squeezed first. Where squeezing leaves each character
    where it stands (the text's length kept), no anchor of the squeezed text stands before the first found."""
    text = text or ""
    if (first := _ANCHOR_LOOSE.search(text)) is None:
        return []
    flat = squeeze(text)
    return _authorities(flat, _first_anchor(first) if len(flat) == len(text) else 0)


def authorities_in(flat: str) -> list[str]:
    """:func:`find_authorities` of a text whose white space is squeezed already (single spaces)."""
    first = _ANCHOR_LOOSE.search(flat)
    return [] if first is None else _authorities(flat, _first_anchor(first))


def _first_anchor(first: re.Match[str]) -> int:
    """Where the first anchor may stand, from the first loose one: a "17 CFR" opens before its "CFR"."""
    return 0 if first.group() == "CFR" else first.start()


def _authorities(flat: str, pos: int) -> list[str]:
    """:func:`authorities_in` of ``flat``, where no anchor stands before ``pos`` (nor after mending it, where
    mending leaves each character where it stands)."""
    mended = _SPLIT_CODE.sub("-", flat)  # (a search from its hyphen costs less than looking for "- " first)
    if len(mended) != len(flat):
        pos = 0
    mended = mended.replace("\u2011", "-").replace("\u2013", "-")
    seen: dict[str, None] = {}
    for match in _citations(mended, pos):
        name = match.lastgroup or ""
        groups = {short: _tidy(value) for key, short in _GROUPS[name] if (value := match.group(key)) is not None}
        for found in _normalise(name, groups):
            seen.setdefault(found, None)
    return [name for name in seen if not _named_in_full(name, seen)]


def _named_in_full(name: str, seen: dict[str, None]) -> bool:
    """Whether ``name`` is a bare rule or item ("Rule 3-05", once the letter has said "Rule 3-05 of Regulation
    S-X" and goes on with the short form) that the list holds with its source: the same authority; or a
    regulation named whole that the list holds a part of ("Regulation G" beside "Item 100(a) of Regulation G")."""
    if name.startswith("Regulation "):
        return any(other.endswith(" of " + name) for other in seen)
    if not name.startswith(("Rule ", "Item ")) or " of " in name or name.count(" ") != 1:
        return False
    return any(other != name and (other.startswith(name + " of ") or other.endswith(" " + name)) for other in seen)


def _citations(flat: str, pos: int = 0) -> list[re.Match[str]]:
    """What ``_REGEX.finditer(flat)`` finds, trying the regex only where an anchor word starts (none before ``pos``)."""
    return anchored_matches(_REGEX, _ANCHOR_CFR if "CFR" in flat else _ANCHOR, flat, pos=pos)


def _tidy(value: str) -> str:
    """A captured number without inner spaces ("303 (b)" -> "303(b)"); a source with single spaces."""
    if value[:1].isdigit():
        return _SPACE_RUN.sub("", value)
    value = _SPACE_RUN.sub(" ", value)
    if value in ("S-K", "S-X"):
        return f"Regulation {value}"
    if value.startswith("Reg") and not value.startswith("Regulation"):  # "Reg. S-K", "Reg S-X"
        return "Regulation " + value.split(" ", 1)[1]
    return "Exchange Act" if value == "Securities Exchange Act" else value


# How each kind of citation is written out; lists ("Items 401 and 402", "Release Nos. 33-1; 34-2")
# are split in _normalise and written once per number.
_TEMPLATES: dict[str, str] = {
    "instruction": "Instruction {ins} to Item {item} of {src}",
    "general_instruction": "General Instruction {no} of {src}",
    "item_after": "Item {item} of {src}",
    "item": "Item {no} of {src}",
    "article": "Article {no} of {src}",
    "act_first": "{act} {kind} {no}",
    "section_of_act": "{act} Section {no}",
    "release": "Release {no}",
    "asc": "ASC {no}",
    "asu": "ASU {no}",
    "frc": "{kind} {no}",
    "frm_long": "FRM {no}",
    "cdi_first": "C&DI Question {no}",
    "cdi_after": "C&DI Question {no}",
    "ifrs": "{kind} {no}",
    "cfr": "{title} CFR {no}",
    "regulation": "{src}",
}


def _normalise(name: str, g: dict[str, str]) -> list[str]:
    if name == "rule":
        return [_rule(number, g) for number in _item_numbers(g["nos"], "Rule")]
    if name == "rule_after":
        return [_rule(g["no"], g)]
    if name == "item_after" and g.get("items"):
        return [f"Item {_cfr_cased(number)} of {g['src']}" for number in _item_numbers(g["items"])]
    if name in ("item_after", "instruction"):
        g = {**g, "item": _cfr_cased(g["item"])}
    elif name == "act_first" and g["kind"] == "Rule":
        g = {**g, "no": _cfr_cased(g["no"])}
    if name == "article" and g.get("sub"):
        return [f"Rule {g['no']}-{g['sub']} of {g['src']}"]
    if name == "sab":
        if not g.get("topic"):
            return [f"SAB {g['no']}"]
        return [f"SAB Topic {topic.replace(':', '.')}" for topic in _SAB_TOPICS.findall(g["topic"])]
    if name == "item":
        numbers = [_cfr_cased(number) for number in _item_numbers(g["items"])]
    elif name.startswith("cdi"):
        numbers = re.findall(r"\d{3}\.\d{2}", g["nos"])
    elif name == "release":
        numbers = re.findall(r"\d{2}-\d{3,6}", g["nos"])
    else:
        numbers = [g.get("no", "")]
    return [_TEMPLATES[name].format_map({**g, "no": number}) for number in numbers]


_SX_RULE = re.compile(r"\d{1,2}-\d{2}\b")
_SAB_TOPICS = re.compile(_SAB_TOPIC)


def _rule(number: str, g: dict[str, str]) -> str:
    """A rule written out: under its act, or of its regulation. A rule numbered as Regulation S-X numbers its rules
    ("3-05", "4-08(e)": no other rules of the Commission's are numbered so, without a letter) is S-X's where the
    text names no source; Regulation S-K has items, not rules ("Rule 303(a) of Regulation S-K" is its Item 303(a)).
    Paragraphs are cased as the CFR cases them (:func:`_cfr_cased`) where the rule is the Commission's (its source
    named or known), not a bare number that may be another body's ("PCAOB Rule 1001(i)(iii)")."""
    if g.get("act"):
        return f"{g['act']} Rule {_cfr_cased(number)}"
    src = g.get("src") or ("Regulation S-X" if _SX_RULE.match(number) else None)
    if not src:
        return f"Rule {number}"
    return f"{'Item' if src == 'Regulation S-K' else 'Rule'} {_cfr_cased(number)} of {src}"


# The designations of a CFR section's paragraphs, outermost first (1 CFR 21.11): (a), (1), (i), (A), (1), (i)
_CFR_LEVELS = ("letter", "number", "roman", "capital", "number", "roman")


def _cfr_cased(number: str) -> str:
    """An item's or rule's number with its paragraphs' letters in the case their depth has in the CFR, as the
    regulations print them: "303(A)(3)" is Item 303(a)(3), "601(B)(96)(iii)(b)(11)" Item 601(b)(96)(iii)(B)(11)
    (a writer's slip, not another paragraph). From the first designation its depth does not allow (a number where
    a letter stands: "5-02(1)"; a level skipped), the rest is left as written."""
    at = number.find("(")
    if at < 0:
        return number
    groups = _LEVEL.findall(number, at)
    if "".join(groups) != number[at:]:
        return number  # (not paragraphs alone after the number)
    cased = [number[:at]]
    for depth, group in enumerate(groups):
        inner = group[1:-1]
        kind = _CFR_LEVELS[depth] if depth < len(_CFR_LEVELS) else ""
        if kind == "number" and inner.isdigit():
            cased.append(group)
        elif kind == "roman" and _ROMAN.fullmatch(group.lower()):
            cased.append(group.lower())
        elif kind in ("letter", "capital") and inner.isalpha() and len(set(inner.lower())) == 1:  # (a), (bb)
            cased.append(f"({inner.lower() if kind == 'letter' else inner.upper()})")
        else:
            return "".join(cased) + "".join(groups[depth:])
    return "".join(cased)


def _item_numbers(listing: str, word: str = "Item") -> list[str]:
    """ "401 and 402(b)" -> ["401", "402(b)"]; "303(a) and (c)" -> ["303(a)", "303(c)"];
    "303(a) and (b)(2)" -> ["303(a)", "303(b)(2)"]; "402(b)(2)(vii) and (c)" -> [..., "402(c)"]
    (rules alike: ``word`` "Rule", "12-04(a) and (b)" -> ["12-04(a)", "12-04(b)"])."""
    numbers: list[str] = []
    for part in re.split(rf"(?:,and|,|and|or|through)(?:{word})?", re.sub(r"\s+", "", listing)):
        if part.startswith("(") and numbers:
            part = _sibling_base(numbers[-1], part) + part
        numbers.append(part)
    return numbers


_LEVEL = re.compile(r"\([A-Za-z0-9]{1,5}\)")
_ROMAN = re.compile(r"\((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)")


def _level(group: str) -> str:
    """The kind of a subdivision: (1) a number, (ii) a roman numeral, (b) a letter, (A) a capital."""
    inner = group[1:-1]
    if inner.isdigit():
        return "number"
    if _ROMAN.fullmatch(group):
        return "roman"
    return "capital" if inner.isupper() else "letter"


def _sibling_base(previous: str, continuation: str) -> str:
    """What a continuation such as "(b)(2)" hangs on: ``previous`` without its subdivisions from the
    last one of the continuation's first kind on ("303(a)" and "(b)(2)": "303"). Where none is of
    that kind, as many subdivisions as the continuation has are dropped."""
    groups = _LEVEL.findall(previous)
    first = _LEVEL.match(continuation)
    kind = _level(first.group(0)) if first else ""
    for k in range(len(groups) - 1, -1, -1):
        if _level(groups[k]) == kind:
            return previous[: len(previous) - len("".join(groups[k:]))]
    depth = continuation.count("(")
    return re.sub(rf"(?:\([A-Za-z0-9]{{1,5}}\)){{{depth}}}$", "", previous)
