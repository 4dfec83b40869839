"""The marks a list's items open with, one set for every stage that reads lists (a restated comment's bullets, an
answer's own list, the staff's items).

Besides the round bullet, letters print its kin as their word processor's list styles give them: a black or
white circle, a small or medium square, an arrowhead, a diamond, a middle dot, a hyphen bullet; and a PDF's text
layer gives the private-use code points of the Symbol and Wingdings fonts the bullet was set in.
"""

from __future__ import annotations

# The bullets' glyphs: "•", "·", "●", "◦", "○", "▪", "■", "□", "◾", "►", "➢", "♦", "❖", "⁃", "‣", and the Symbol
# and Wingdings fonts' bullet, square, arrowhead, diamond and check (U+F0B7, U+F0A7, U+F0D8, U+F076, U+F0FC)
GLYPHS = (
    "\u2022\u00b7\u25cf\u25e6\u25cb\u25aa\u25a0\u25a1\u25fe\u25ba\u27a2\u2666\u2756\u2043\u2023"
    "\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
)
# ... and the marks a plain-text letter types for them: an asterisk, a hyphen, an en dash
TYPED = "*-\u2013"
# ... the white bullet, as which Word's second-level bullet prints (a letter "o" in Courier New: extract.bullet_letters)
WHITE = "\u25e6"
