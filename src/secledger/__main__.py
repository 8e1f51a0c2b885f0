"""``python -m secledger``: the same as the ``secledger`` command."""

import sys

from secledger.launcher import main

sys.exit(main())
