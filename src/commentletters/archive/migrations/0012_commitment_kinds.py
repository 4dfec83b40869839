"""Each commitment's kind: a promise for future filings ("future") or a change made in a filing filed
with the answer or before it ("made").

The parser now tells the kind of each commitment sentence (``commitment_kinds`` beside ``commitments``
in the Letter JSON), and the ledger keeps it in ``Commitment.kind``. A row gets the kind its letter's
stored JSON gives it (matched by its sentence, in order); a letter parsed before the parser told kinds
gives none, and its commitments stay "unknown" until ``commentletters reparse`` parses it again (the
kind is the parser's reading of the whole answer, not guessed here from a sentence alone). Going back
drops the column; the kinds stay in the letters' JSON, so coming forward again restores them.
"""

from collections import defaultdict

from django.db import migrations, models

KINDS = ("future", "made")
UNKNOWN = "unknown"
BATCH = 500


def _sources(data: dict) -> list:  # type: ignore[type-arg]
    """What the letter's Answer rows were made from, by position (``archive.records.answer_sources``)."""
    responses = data.get("responses") or []
    whole = data.get("whole_answer")
    return list(responses) if responses or not isinstance(whole, dict) else [whole]


def _kinds(parsed: object) -> dict[str, list[str]]:
    """The kinds the parse gives each commitment sentence, in order, by sentence; none if it gives none."""
    if not isinstance(parsed, dict):
        return {}
    texts, kinds = parsed.get("commitments") or [], parsed.get("commitment_kinds") or []
    if len(texts) != len(kinds) or not all(k in KINDS for k in kinds):
        return {}
    by_text: dict[str, list[str]] = defaultdict(list)
    for text, kind in zip(texts, kinds, strict=True):
        by_text[str(text)].append(kind)
    return by_text


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    Letter, Commitment = apps.get_model("archive", "Letter"), apps.get_model("archive", "Commitment")
    ids = sorted(set(Commitment.objects.values_list("answer__letter_id", flat=True)))
    for start in range(0, len(ids), BATCH):
        changed = []
        for letter in Letter.objects.filter(id__in=ids[start : start + BATCH]).only("id", "data"):
            sources = _sources(letter.data or {})
            rows = Commitment.objects.filter(answer__letter_id=letter.id).select_related("answer").order_by("id")
            found: dict[int, dict[str, list[str]]] = {}
            for row in rows.only("id", "text", "kind", "answer__position"):
                at = row.answer.position
                if at not in found:
                    found[at] = _kinds(sources[at] if at < len(sources) else None)
                queue = found[at].get(row.text)
                if queue:
                    row.kind = queue.pop(0)
                    changed.append(row)
        Commitment.objects.bulk_update(changed, ["kind"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("archive", "0011_search_forms_of_the_letter")]
    operations = [
        migrations.AddField(
            model_name="commitment",
            name="kind",
            field=models.CharField(
                choices=[
                    ("future", "promised for future filings"),
                    ("made", "changed in a filing with the answer"),
                    ("unknown", "kind not known (re-parse)"),
                ],
                default="unknown",
                max_length=10,
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
