"""``python -m chatbotkit``: the ``chatbotkit`` command (see ``chatbotkit._cli``)."""

import sys

from ._cli import main

sys.exit(main())
