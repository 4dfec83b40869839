"""One comment's stretch of a response letter → the restated comment and the answer.

The stretch runs from the comment's number to the next comment (or the closing). Where the
answer starts is read from, in order of trust: an answer label ("Response:"); the emphasis
the letter gives restated comments (bold or italic) and not its answers; the change from the
staff's voice to the company's. Headings printed at the end of the stretch belong to the next
comment (they mirror the staff letter's headings) and are cut from the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .answer_lines import Para
from .answer_marks import Label, comment_label, is_closing, is_separator, is_signature, label
from .asks import find_asks
from .bullets import GLYPHS, TYPED
from .commitments import SENTENCE_BREAK
from .headings import LABEL, title_like
from .spaces import flat
from .voice import staff_lean

_ANY_BULLET = re.escape(GLYPHS + TYPED)
_BULLET_ONLY = re.compile(rf"^[{_ANY_BULLET}o]$")  # ("o": a Symbol font's bullet, read as a letter)
_LIST_ITEM = re.compile(
    rf"^(?:[{_ANY_BULLET}]\s*(?=[\w\"\u201c\u2018(\[])|(?:\(?[a-z]{{1,3}}\)|\(?[ivx]{{1,4}}\)|[a-z]\.)\s)",
    re.I,
)
_COMPANY = -3  # staff_lean at or below which a paragraph is plainly the company's
_MIDDLE = 2  # at most so many paragraphs in no one's voice inside a restated comment, between two of the staff's
_BULLETS = GLYPHS + TYPED
_LEAD_BULLET = re.compile(rf"^[{re.escape(_BULLETS)}]\s*")
_PAGE_REF = re.compile(r"\bpages?\s+[A-Z]?-?\d+(?:\s*(?:-|\u2013|and|to|through)\s*[A-Z]?-?\d+)?\.?\s*$", re.I)
_SENTENCE_ENDS = frozenset('.:;?!)]"”’')  # a text that ends (white space aside) in one of these ends a sentence
# an amount in a table's cell: thousands separated, after a currency sign, a percentage, in brackets
# (not a bare decimal: "Exhibits 8.1 and 8.2", "Item 2.02" are headings)
_DIGIT = re.compile(r"\d")
_AMOUNT = re.compile(r"[$£€]\s?\d|\b\d{1,3}(?:,\d{3})+\b|\d\s?%|\(\d[\d,.]*\)")
# At most this much text (characters) between a line of asterisks and the close that follows it is
# the close's own opening (thanks, an acknowledgment, an offer to discuss), not more of the answer
_CLOSE_TEXT = 1000
_QUOTE_LEAST = 40  # the fewest characters of a paragraph read as the comment quoted again
_PART_REACH = 4  # the most captions and list items restating a part of the comment before the part's label


@dataclass(slots=True)
class Split:
    """What one stretch holds: the restated comment, the answer, and the numbers a label named."""

    restated: list[str] = field(default_factory=list)
    answer: list[Para] = field(default_factory=list)
    label_numbers: tuple[int, ...] = ()


def without_closing(split: Split) -> Split:
    """The letter's last answer without the closing its last paragraph goes on into ("... at any balance sheet
    reporting date. If you have any questions regarding this response letter, please contact ...": the closing's
    first sentence, and what follows it, are no answer). A closing that opens its own paragraph ends the answer
    already (:func:`stop`)."""
    if not split.answer:
        return split
    last = split.answer[-1]
    for found in SENTENCE_BREAK.finditer(last.text):
        if is_closing(last.text[found.end() :]):
            kept = Para(last.text[: found.end()].rstrip(), last.emphasis, last.line, last.page)
            return Split(split.restated, [*split.answer[:-1], kept], split.label_numbers)
    return split


def stop(body: list[Para], start: int, end: int) -> int:
    """Where a comment's stretch ends: at ``end`` (the next comment), or a closing mark before it (a
    line of asterisks only where it does not part the answer, see :func:`_parts_answer`)."""
    for k in range(start, end):
        text = body[k].text
        if is_closing(text) and not (is_separator(text) and _parts_answer(body, k, end)):
            return k
    return end


def _parts_answer(body: list[Para], k: int, end: int) -> bool:
    """Whether the line of asterisks at ``k`` parts one answer rather than ending the answers.

    It ends them where the close follows it (a closing line, a signature, the end of the body) with
    little text between, or where only headings stand between it and the next comment (``end`` before
    the body's end). Another line of asterisks after it, before either, is the one to weigh: this one
    sets off a part of the answer (the disclosure it will file, a table)."""
    text = 0
    for j in range(k + 1, end):
        line = body[j].text
        if is_separator(line):
            return True
        if is_closing(line) or is_signature(line):
            return text > _CLOSE_TEXT
        if not looks_heading(line):
            text += len(line)
    return text > (_CLOSE_TEXT if end == len(body) else 0)


def split_stretch(first: Para, rest: list[Para], styled: bool) -> Split:
    """Split a comment's stretch; ``first`` is the numbered paragraph with its number removed.

    ``styled`` says the letter sets restated comments apart by emphasis (some paragraphs of its
    body are emphasised and some are not), so emphasis can be trusted as a cue.
    """
    paras = ([first] if first.text else []) + rest
    if paras and (lead := comment_label(paras[0].text)) is not None:
        paras[0] = Para(lead, paras[0].emphasis, paras[0].line, paras[0].page)
    out = Split()
    for k, p in enumerate(paras):
        lab = label(p.text)
        if lab is not None:
            out.restated = restated = [q.text for q in paras[:k]]
            tail = [Para(lab.rest, p.emphasis, p.line, p.page)] if lab.rest else []
            answer = tail + paras[k + 1 :]
            if (part := _first_part(answer)) is not None:  # "Responses:" over parts each labelled
                (lab, at), head = part, answer[part[1]]
                out.restated += [q.text for q in answer[:at]]
                answer = ([Para(lab.rest, head.emphasis, head.line, head.page)] if lab.rest else []) + answer[at + 1 :]
            answer = answer[requoted(answer, restated) :]  # (the comment's part quoted again, then its answer)
            out.answer = trim_headings(_skip_requoted(answer, styled))
            out.label_numbers = lab.numbers
            return out
    k = _answer_start(paras, styled)
    out.restated = [q.text for q in paras[:k]]
    out.answer = trim_headings(paras[k + requoted(paras[k:], out.restated) :])
    return out


def _first_part(answer: list[Para]) -> tuple[Label, int] | None:
    """The label of the answer's first part and where it stands, when the answer under a label takes the comment's
    parts in turn, each restated (a caption, "Annuity Products:", and bullets) and then labelled: at most
    :data:`_PART_REACH` paragraphs, captions and list items alone, stand before that label."""
    for k, para in enumerate(answer[: _PART_REACH + 1]):
        if (lab := label(para.text)) is not None:
            return (lab, k) if k else None
        text = para.text
        if not (_LIST_ITEM.match(text) or (len(text) < 100 and text[:1].isupper() and text.endswith(":"))):
            return None
    return None


def answer_text(answer: list[Para]) -> str:
    """The answer as one string, its paragraphs (list items, table rows) one to a line, without a list
    bullet before its first word nor the lines of asterisks or rules that part it (no words: kept, one
    would run the sentences either side together). :func:`spaces.flat` gives it on one line."""
    text = "\n".join([p.text for p in answer]).strip()
    if "*" in text or "___" in text:  # (a line of asterisks or a rule holds these: the others need not be asked)
        text = "\n".join(p.text for p in answer if not is_separator(p.text)).strip()
    return _LEAD_BULLET.sub("", text) if text[:1] in _BULLETS else text


def requoted(answer: list[Para], restated: list[str]) -> int:
    """How many of the answer's first paragraphs quote the restated comment again, word for word (a bullet of it
    before the company answers that part: "A more detailed description of your significant payment terms ..."),
    an answer after them: they are neither answer nor more of the comment, however they are printed (as
    :func:`_skip_requoted` tells emphasised ones)."""
    if not restated or len(answer) < 2 or len(answer[0].text) < _QUOTE_LEAST:
        return 0
    comment = ""  # (the restated comment on one line, made once a paragraph may quote it)
    k = 0
    while k + 1 < len(answer):
        quote = flat(_LEAD_BULLET.sub("", answer[k].text))
        if len(quote) < _QUOTE_LEAST:
            break
        comment = comment or flat(" ".join(restated))
        if quote not in comment:
            break
        k += 1
    return k


def _skip_requoted(answer: list[Para], styled: bool) -> list[Para]:
    """Drop the part of the comment an answer quotes again before answering it.

    Under one label some letters repeat each part of the comment (emphasised, in the staff's
    voice) and answer it in turn; the answer starts at the first of the company's words.
    """
    k = 0
    while styled and k + 1 < len(answer) and answer[k].emphasis and staff_lean(answer[k].text) > 0:
        k += 1
    return answer[k:] if k < len(answer) and not answer[k].emphasis else answer


def _answer_start(paras: list[Para], styled: bool) -> int:
    """Index of the first paragraph of the answer (no label to go by)."""
    if not paras:
        return 0
    if styled and paras[0].emphasis:
        k = 0
        while k < len(paras) and (paras[k].emphasis or _BULLET_ONLY.match(paras[k].text)):
            if k and _own_subheading(paras, k):
                return k
            k += 1
        if k < len(paras):
            return k
        # All emphasised: restated only (its answer comes after the next comment), unless the
        # company plainly starts speaking inside it.
        return next((j for j in range(1, len(paras)) if staff_lean(paras[j].text) <= _COMPANY), len(paras))
    k = 0
    if staff_lean(paras[0].text) < 0:
        return 0
    while k < len(paras) and _restates(paras, k):
        k += 1
        if k < len(paras) and not _restates(paras, k):
            k = _staff_again(paras, k)
    if k >= len(paras) and len(paras) > 1 and not _listed_after(paras):
        return 1
    return k


def _staff_again(paras: list[Para], k: int) -> int:
    """Where the restated comment goes on after paragraph ``k``, which no voice tells (neither the staff's
    nor the company's: "For example, the initial loss estimate … increased …"): at the staff asking in the
    paragraph after that run ("Accordingly, it appears … Please confirm …"), which the company would not
    write before its answer; else ``k``, the answer's start. A paragraph after the run that leans to the staff's
    voice but asks nothing is the answer's ("We note that the undiscounted cash flows for Seward were greater than
    the carrying value ...": the company saying "we note" too)."""
    j = k
    while j < min(k + _MIDDLE, len(paras)) and staff_lean(paras[j].text) == 0 and not looks_heading(paras[j].text):
        j += 1
    if not k < j < len(paras) or staff_lean(text := paras[j].text) <= 0 or not _ends_sentence(text):
        return k
    return j if find_asks(text) else k


def _own_subheading(paras: list[Para], k: int) -> bool:
    """An emphasised caption after the restated comment has ended its last sentence, right above plain
    text not in the staff's voice ("Additional Background Information of Tax Credit Structures" / "In September 2016,
    we acquired ..."): the answer's own subheading, its first words (the comment's headings come before
    its number)."""
    return (
        k + 1 < len(paras)
        and not paras[k + 1].emphasis
        and looks_heading(paras[k].text)
        and _ends_sentence(paras[k - 1].text)
        and staff_lean(paras[k + 1].text) <= 0  # not the staff asking
    )


def _restates(paras: list[Para], k: int) -> bool:
    """Whether paragraph ``k`` still belongs to the restated comment (voice cue)."""
    p = paras[k]
    if k == 0 or _BULLET_ONLY.match(p.text):
        return True
    if "\u201d" in p.text and _closes_quote(paras[k - 1].text, p.text):
        return True  # the end of a quotation the comment opened ("... throughout the year." / "With our strong ...”")
    lean = staff_lean(p.text)
    if lean > 0:
        return True
    prev = paras[k - 1].text
    if _BULLET_ONLY.match(prev) and lean > -3:
        return True
    if lean < 0 and lean > -3 and _LIST_ITEM.match(p.text) and p.text[:1] == prev[:1] and _LIST_ITEM.match(prev):
        return True  # the next item of the comment's list, its bullet on its line, as one under a bullet alone is
    if lean or not _LIST_ITEM.match(p.text):
        return False
    if prev.rstrip().endswith(":") or _LIST_ITEM.match(prev):
        return True
    # the list goes on after a paragraph of its last item's, in the staff's voice ("• In the headline ..., provide
    # ..." / "Refer to Question 102.10. ..." / "• The operating income reconciliation on page 26 ...")
    return (
        k >= 2
        and paras[k - 2].text[:1] == p.text[:1]
        and bool(_LIST_ITEM.match(paras[k - 2].text))
        and staff_lean(prev) > 0
    )


def _closes_quote(before: str, text: str) -> bool:
    """Whether ``text`` closes a quotation that ``before``, the paragraph above it, opened and left open (curly
    quotes: more opening ones than closing ones in ``before``, more closing than opening ones in ``text``): the
    quoted words go on over a paragraph break, whoever's voice they are in."""
    return before.count("\u201c") > before.count("\u201d") and text.count("\u201d") > text.count("\u201c")


def _listed_after(paras: list[Para]) -> bool:
    """Whether all that follows the comment's first paragraph is the items of the list it leads in to
    ("... address whether your Lead Independent Director may:" / "• represent the board ...;"): the
    stretch is all restated comment, its answer comes after the next comment (answered together),
    not in its own last items."""
    return paras[0].text.rstrip().endswith(":") and all(_LIST_ITEM.match(p.text) for p in paras[1:])


def is_list_item(text: str) -> bool:
    """Whether ``text`` opens as an item of a list: a bullet, "(a)", "(ii)", "b."."""
    return _LIST_ITEM.match(text) is not None


def trim_headings(answer: list[Para]) -> list[Para]:
    """Cut the next comment's headings off the end of an answer."""
    end = len(answer)
    body_emph = bool(answer) and answer[0].emphasis
    while end > 1 and _heading(answer[end - 1], body_emph):
        end -= 1
    return answer[:end]


def _heading(p: Para, body_emph: bool) -> bool:
    """A caption of the staff letter, emphasised apart from the answer, or a bare label over the next
    comment ("Comment:", "Staff comment:")."""
    if len(p.text) > 160 or _table_row(p.text):
        return False
    return looks_heading(p.text) or (p.emphasis and not body_emph) or comment_label(p.text) == "" or _caption(p.text)


def _caption(text: str) -> bool:
    """A caption that ends as a sentence may: numbered ("Item 7. Management's Discussion and Analysis of
    Financial Condition and Results of Operations.", "8. Investments"), or with a bracketed word
    ("Supplemental Oil and Gas Reserve Information (Unaudited)"); its words mostly capitalised."""
    numbered = LABEL.match(text)
    if numbered is not None:
        rest = text[numbered.end() :].lstrip(".:-–— ").removesuffix(".")
    elif _QUALIFIER_END.search(text) is not None and text[:1].isupper():
        rest = text
    else:
        return False
    return bool(rest) and rest[:1].isupper() and ". " not in rest and title_like(rest)


_QUALIFIER_END = re.compile(r"\([A-Z][a-z]+\)$")  # "(Unaudited)", "(Loss)"


def _table_row(text: str) -> bool:
    """A row of a table (two amounts or more: "1,234", "$ 56", "7.8%", "(9)"), which a heading of
    the staff letter does not hold (one naming a page is a heading all the same): an answer that
    ends with a table keeps its rows."""
    if _DIGIT.search(text) is None:
        return False  # (each amount holds a digit: most captions hold none)
    return sum(1 for _ in _AMOUNT.finditer(text)) >= 2 and not _PAGE_REF.search(text)


def looks_heading(text: str) -> bool:
    """A caption rather than a sentence: a page reference, or short with no closing stop. (A sentence of the
    company's naming a page is none: "... we have revised the disclosure on page 7.")"""
    if len(text) > 160:
        return False
    if "page" in text.lower() and _PAGE_REF.search(text):  # (its "page" is read case-blind: it lower-cases so)
        return not (_ends_sentence(text) and staff_lean(text) < 0)
    return not _ends_sentence(text) and len(text) < 100 and text[:1].isupper()


def _ends_sentence(text: str) -> bool:
    r"""Whether ``text`` ends with a stop, a bracket or a quote, white space aside (as ``[.:;?!)\]"”’]\s*$``
    finds: ``\s`` is what ``str.isspace`` tells, and ``$`` before a last line break is left behind with it)."""
    return text.rstrip()[-1:] in _SENTENCE_ENDS
