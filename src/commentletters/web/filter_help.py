"""What a search filter means, in words the search page, the API's documentation and
``commentletters search --help`` share (no Django here: the command's help is built without it)."""

FORM_REVIEWED = (
    "a form the letter's own Re: block names: the staff comments of letters that review it (an 8-K) and "
    "the company answers of letters about it, not the other forms of the review the letter belongs to; "
    "a form takes in its amendments (S-1 finds the letters on an S-1/A, S-1/A those alone)"
)
