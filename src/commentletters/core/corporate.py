"""How a company's name reads: capitalised words ending in a legal form ("Inc.", "Corporation", "plc", "N.V.",
"S.A."), the one list the stages that look for a company's name share (the header's company and signatories, a
letterhead's footer, a registrant's name over or before a form heading).

Each is a pattern's part; the pattern using it adds the stop after an abbreviation ("Inc" or "Inc.") and what
may stand around the name, as its place in the letter needs.
"""

from __future__ import annotations

# A company's legal form, without the stop after an abbreviation: the United States' ("Inc.", "LLC", "L.P."),
# the United Kingdom's ("plc", "Ltd."), continental Europe's ("N.V.", "B.V.", "S.A.", "S.p.A.", "AG", "SE",
# "GmbH") and a national bank's ("N.A.")
LEGAL_FORM = (
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|LP|L\.P|LLP|L\.L\.P|plc|Ltd|Limited"
    r"|N\.V|B\.V|S\.A|S\.p\.A|N\.A|AG|SE|GmbH)"
)
LEGAL_FORM_LONGEST = len("Incorporated.\n")  # the longest a legal form runs, its stop and a line's end counted
# Words that end many companies' names without being their legal form ("Acme Group", "Acme Holdings")
GROUP_WORD = r"(?:Holdings|Group|Trust)"
# A word of a name: capitalised ("McLennan", "L3Harris", "Amazon.com"), an ampersand ("Smith & Wesson"), or a
# word joining capitalised ones ("Bank of the Ozarks", "Baltimore Gas and Electric Company")
NAME_WORD = r"(?:[A-Z][\w&.'\u2019-]*|&|of|the|and)"
