"""Which paper a PDF is laid out for when the person has not said: A4, unless their locale prints on Letter.

The countries are CLDR's (the Unicode locale data Qt and every system use) "US-Letter" territories: the United
States and Canada, Mexico, the Philippines and most of Central and South America's north. Qt's own
``measurementSystem`` says "metric" for Canada, Mexico and the Philippines, where offices print on Letter, so the
GUI asks here with its locale's name; the command line asks with the environment's (LC_ALL, LC_PAPER, LANG).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "PR", "BZ", "CL", "CO", "CR", "GT", "NI", "PA", "SV", "VE"})
LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")  # the order POSIX reads them in for the paper category
_COUNTRY = re.compile(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b")


def paper_for(locale_name: str | None) -> str:
    """"Letter" for a locale such as en_US, fr_CA, es_MX.UTF-8 or en-PH; "A4" for any other or none."""
    match = _COUNTRY.match(locale_name or "")
    return "Letter" if match and match.group(1).upper() in LETTER_COUNTRIES else "A4"


def default_paper(environ: Mapping[str, str] | None = None) -> str:
    """The paper the environment's locale prints on (the first of LC_ALL, LC_PAPER, LANG that is set)."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return paper_for(value)
    return "A4"
