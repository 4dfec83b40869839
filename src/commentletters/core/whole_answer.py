"""Stage (answers): a company letter that answers the staff letter as a whole.

Some responses restate and number nothing. After the opening that names the staff letter, one
passage answers all of its comments ("The Company confirms that it will enhance its future proxy
disclosures in accordance with the topics discussed in your letter"), or a further letter answers
comments it names in prose ("with respect to Staff comments nos. 2 and 3", "Question 3 contained
in your letter"). The answer is the body after the opening's sentences that name the letter, up
to the closing ("* * *", "Please do not hesitate ...", "Sincerely,").

Which comments an unnamed answer covers depends on the staff letter, which this letter alone does
not show: the numbers are left to :mod:`commentletters.core.pairing`, never guessed here. One opening
tells: a letter answering "the comment" (one, "the Staff's comment contained in your letter dated ...")
answers that letter's only comment, the first (a single comment, numbered or not, is number 1).
"""

from __future__ import annotations

import re

from .answer_lines import Para, paragraphs
from .answer_marks import is_marker, is_salutation
from .answer_split import answer_text, stop
from .authorities import find_authorities
from .comment_refs import prior_comments
from .commitments import kinded_commitments
from .header.dates import PLAIN_DATE
from .letters import Document, Response, WholeAnswer
from .redactions import has_redaction
from .spaces import flat
from .voice import is_plain_staff

# The opening names what it answers: the staff's letter or its comments; a sentence of it that
# names the letter itself (or its date) is the opening's, the sentences after it answer.
_NAMES_LETTER = re.compile(r"\bletters?\b|\bcomments?\b", re.I)
_NAMES_LETTER_ITSELF = re.compile(rf"\bletters?\b|{PLAIN_DATE}", re.I)
# "questions you asked during our October 9, 2024 call", "our telephone conversation" (not the
# "2022 Annual Meeting of Shareholders" a proxy letter names)
_CALL = re.compile(
    r"\bcalls?\b(?!\s+(?:for|options?|provisions?|features?|rights?|premiums?|prices?))|\bconversations?\b"
    r"|\b(?:meetings?|discussions?) (?:with|between)\b",
    re.I,
)
# the opening names one comment ("the comment of the Staff", "your comment"), not a comment letter
_ONE_COMMENT = re.compile(r"\b(?:the|your|this|its|staff[\u2019']s) comment\b(?!s|\s+letter)", re.I)
_COMMENTS = re.compile(r"\bcomments\b", re.I)
_OPENING_REACH = 2  # the opening is one of the body's first paragraphs
# A paragraph reporting what the staff asked, as a comment given orally is restated before its answer: "The Staff
# requested the Company to provide supplemental analysis of ..." (not the answer: the paragraph after it is)
_REPORTS_REQUEST = re.compile(r"(?:The\s+Staff|You)\s+(?:has\s+|have\s+|also\s+)?(?:requested|asked)\b")
# What leads in to the answer rather than answering: "Our response is set forth below.", "... as follows:"
_LETTER = re.compile(r"\bletters?\b", re.I)  # ("This letter supplements the Company's letters to you dated ...")
_LEAD_IN = re.compile(r"\b(?:below|following|follows|hereinafter|herein)\b|:\s*$", re.I)
_ORAL_REACH = 3  # the answer to an oral comment says so in one of the first paragraphs after the opening
# A sentence that leads in to the response itself, ending its paragraph: "In response to the verbal comment, we
# submit the following:", "We respond as follows:", "Our response is set forth below." (not one that leads in to
# what the answer says: "We propose to add the following:")
_RESPONSE_LEAD_IN = re.compile(
    r"(?:\b(?:we|the\s+company)\s+(?:hereby\s+|respectfully\s+)?(?:submit|respond|provide|reply)"
    r"(?:\s+(?:with\s+)?the\s+following(?:\s+(?:response|responses|reply))?|\s+as\s+follows)"
    r"|\bour\s+(?:response|responses|reply)\s+(?:is|are)\s+(?:set\s+forth\s+)?(?:as\s+follows|below))\s*[:.]$",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?=[A-Z\u201c\"(])")
# Words a full stop follows without ending the sentence ("Inc. (the", "No. 1", "U.S. Securities").
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_ABBREVIATIONS = frozenset(("Inc", "No", "Nos", "Co", "Corp", "Ltd", "Mr", "Ms", "Mrs", "Dr", "Jr", "Sr", "St"))
# The company says it answers a comment given orally ("We hereby respond to your oral comment", "responding
# to an oral comment provided by you via telephone"): no staff letter holds it, and the letter restates it in
# prose before the sentence that answers.
_ORAL_ANSWER = re.compile(
    r"(?<!to )\b(?:respon(?:d|ds|ding|se)|reply|replies)\s+to\s+"
    r"(?:your|the\s+staff['’]s|the|an?)\s+oral\s+comment(s?)\b",
    re.I,
)  # (not "more time to respond to your oral comment": a request for time answers nothing yet)
# "Question 3 contained in your letter": some staff letters number questions, not comments. A
# decimal ("Question 100.01" of the C&DIs) is an interpretation, not a comment.
_QUESTION = re.compile(r"\bquestion(s?)\b(?=\s+(?:(?:number|nos?\.|#)\s*)?\d{1,2}(?!\d|[.,]\d))", re.I)


def whole_answer(doc: Document) -> WholeAnswer | None:
    """The letter's answer as a whole, when it has one after its opening; None for an empty body."""
    paras = paragraphs(doc, is_marker)
    start = next((k + 1 for k, p in enumerate(paras) if is_salutation(p.text)), 0)
    body = paras[start:]
    body = body[: stop(body, 0, len(body))]
    opening, answer = _split_opening(body)
    oral = _oral_answer(answer)
    if oral is not None:
        opening, answer = f"{opening} {oral[0]}", oral[1]
    elif len(answer) > 1 and _REPORTS_REQUEST.match(answer[0].text):  # the request restated, then the answer
        opening, answer = f"{opening} {answer[0].text}", answer[1:]
    elif (led := _led_in(answer)) is not None:  # thanks for a call, what was discussed: then the answer
        opening, answer = " ".join([opening, *(p.text for p in answer[:led])]), answer[led:]
    text = answer_text(answer)
    one_line = flat(text)
    if not text or any(is_plain_staff(s) for s in _sentences(one_line)):
        return None  # nothing after the opening, or comments restated (the staff asking) unnumbered
    found = kinded_commitments(one_line)
    named = named_comments(" ".join(p.text for p in body))
    after_call = oral is not None or bool(_CALL.search(opening))
    return WholeAnswer(
        text=text,
        # a single comment given orally has no number, nor has the only comment of a letter: it is the first
        comments=named or ([1] if (oral is not None and not oral[2]) or _one_comment(opening, after_call) else []),
        after_call=after_call,
        commits_future_filing=bool(found),
        commitments=[sentence for sentence, _ in found],
        commitment_kinds=[kind for _, kind in found],
        authorities=find_authorities(one_line),
        redacted=has_redaction(one_line),
        page=answer[0].page,
    )


def _one_comment(opening: str, after_call: bool) -> bool:
    """Whether the opening says the letter answers the staff letter's one comment (not questions from a call)."""
    return not after_call and _ONE_COMMENT.search(opening) is not None and _COMMENTS.search(opening) is None


def _split_opening(body: list[Para]) -> tuple[str, list[Para]]:
    """The opening's text and the body after it (the answer).

    The opening is the paragraph naming the staff letter, or its sentences up to the one that does.
    A paragraph that goes on after naming the letter to answer ("We received your comment letter dated
    September 20, 2022. We will carefully consider these comments ...") is the answer's, whole: its first
    words are the answer's, as a reader quotes the answer paragraph (the opening's sentences, for what they
    say of the comments, are those up to the first one naming the letter: later ones may date other things,
    "the period ended June 30, 2023"). One that goes on only to lead in ("Our response is set forth below.")
    or about letters ("This letter supplements the Company's letters to you dated ...") leaves the answer to the
    paragraphs after it.
    """
    at = next((k for k, p in enumerate(body[:_OPENING_REACH]) if _NAMES_LETTER.search(p.text)), None)
    if at is None:
        return "", body
    para = body[at]
    sentences = _sentences(para.text)
    first = next((k for k, s in enumerate(sentences) if _NAMES_LETTER_ITSELF.search(s)), len(sentences))
    rest = " ".join(sentences[first + 1 :])
    opening = " ".join([p.text for p in body[:at]] + sentences[: first + 1])
    if rest and not _LEAD_IN.search(rest) and not _LETTER.search(rest):
        return opening, [para, *body[at + 1 :]]  # the paragraph answers: its first words are the answer's
    head = [Para(rest, para.emphasis, para.line, para.page)] if rest and not _LEAD_IN.search(rest) else []
    return opening, head + body[at + 1 :]


def _led_in(answer: list[Para]) -> int | None:
    """Where the answer starts after paragraphs that lead in to it, when one of its first paragraphs ends leading in
    to the response (:data:`_RESPONSE_LEAD_IN`) and more follow: the paragraphs up to it are the opening's."""
    for k, para in enumerate(answer[: min(_ORAL_REACH, len(answer) - 1)]):
        if para.text.endswith((":", ".")) and _RESPONSE_LEAD_IN.search(para.text[-120:]):
            return k + 1
    return None


def answers_oral_comment(text: str) -> bool:
    """Whether ``text`` says it answers a comment the staff gave orally (:data:`_ORAL_ANSWER`)."""
    return "oral" in text.lower() and _ORAL_ANSWER.search(text) is not None


def _oral_answer(answer: list[Para]) -> tuple[str, list[Para], bool] | None:
    """When the answer's first paragraph restates an oral comment and then says it answers it ("Reference
    is made to your oral comment ..., by which you noted ... We hereby respond to your oral comment by
    noting that ..."): the sentences before that one (they join the opening), the answer from it on, and
    whether it answers several comments. None when none of the first paragraphs says so. (Where the lines
    of a plain-text letter leave its paragraphs in doubt, the comment's restatement may stand in
    paragraphs of its own before: "In accordance with Rule 461 ... as soon thereafter as practicable." /
    "Reference is made to your oral comment ...")"""
    para_at = next((k for k, p in enumerate(answer[:_ORAL_REACH]) if answers_oral_comment(p.text)), None)
    if para_at is None:
        return None
    para = answer[para_at]
    sentences = _sentences(para.text) or [para.text]
    at = next((k for k, s in enumerate(sentences) if _ORAL_ANSWER.search(s)), 0)  # (one says so: the text does)
    m = _ORAL_ANSWER.search(sentences[at])
    several = bool(m and m.group(1))
    rest = Para(" ".join(sentences[at:]), para.emphasis, para.line, para.page)
    before = [p.text for p in answer[:para_at]] + sentences[:at]
    return " ".join(before), [rest, *answer[para_at + 1 :]], several


def _sentences(text: str) -> list[str]:
    """``text`` cut into sentences; a full stop after an abbreviation or an initial does not end one."""
    out: list[str] = []
    begin = 0
    for m in _SENTENCE_BREAK.finditer(text):
        word = _LAST_WORD.search(text, max(begin, m.start() - 12), m.start() + 1)
        if word and (len(word.group(1)) == 1 or word.group(1) in _ABBREVIATIONS):
            continue
        out.append(text[begin : m.end()].strip())
        begin = m.end()
    out.append(text[begin:].strip())
    return [s for s in out if s]


def named_comments(text: str) -> list[int]:
    """The staff comment numbers a letter names in prose ("comments nos. 2 and 3", "Question 3")."""
    return prior_comments(_QUESTION.sub(r"comment\1", text), 0)


def responses_for(answer: WholeAnswer, numbers: list[int]) -> list[Response]:
    """One response per comment number, each carrying the whole answer."""
    return [
        Response(
            number=n,
            text=answer.text,
            commits_future_filing=answer.commits_future_filing,
            commitments=list(answer.commitments),
            commitment_kinds=list(answer.commitment_kinds),
            authorities=list(answer.authorities),
            redacted=answer.redacted,
            page=answer.page,
        )
        for n in numbers
    ]
