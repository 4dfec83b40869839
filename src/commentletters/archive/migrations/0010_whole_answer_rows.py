"""A company letter's answer to the staff letter as a whole becomes an Answer row (number 0).

Such an answer (``Letter.whole_answer``) was kept in the letter's JSON alone when it could not be
spread over the comments it answers (the staff letter is not in the archive, or it answers what the
staff asked on a call): it was on its letter's page but not in search, the answers listed and
counted, nor, with its commitments, in the ledger. Ingest now writes it as one Answer numbered
``WHOLE_LETTER`` (``archive/records.py:answer_sources``); this gives the letters stored before the
same row, its authorities and its commitments (whose review is its letter's), and the search
triggers index it. Going back removes those rows, their links and commitments with them.
No column changes: the rows and numbers of every other answer stay as they are.
"""

from django.db import migrations

WHOLE_LETTER = 0


def _commitment_texts(whole: dict) -> list[str]:  # type: ignore[type-arg]
    if not whole.get("commits_future_filing"):
        return []
    return [str(t) for t in whole.get("commitments") or []] or [str(whole.get("text") or "")]


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    Letter, Answer = apps.get_model("archive", "Letter"), apps.get_model("archive", "Answer")
    Authority, Commitment = apps.get_model("archive", "Authority"), apps.get_model("archive", "Commitment")
    letters = Letter.objects.filter(current=True, answers__isnull=True).only("id", "data", "company_id", "review_id")
    for letter in letters.iterator():
        whole = (letter.data or {}).get("whole_answer")
        if not isinstance(whole, dict) or (letter.data or {}).get("responses"):
            continue
        answer = Answer.objects.create(
            letter_id=letter.id,
            number=WHOLE_LETTER,
            position=0,
            text=whole.get("text") or "",
            page=whole.get("page"),
            commits_future_filing=bool(whole.get("commits_future_filing")),
            redacted=bool(whole.get("redacted")),
        )
        for name in {str(n)[:300] for n in whole.get("authorities") or []}:
            answer.authorities.add(Authority.objects.get_or_create(name=name)[0])
        Commitment.objects.bulk_create(
            Commitment(answer=answer, company_id=letter.company_id, review_id=letter.review_id, text=text)
            for text in _commitment_texts(whole)
        )


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("archive", "Answer").objects.filter(number=WHOLE_LETTER).delete()


class Migration(migrations.Migration):
    dependencies = [("archive", "0009_corrections")]
    operations = [migrations.RunPython(forwards, backwards)]
