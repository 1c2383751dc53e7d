"""``python -m followup_edu`` runs the ``followup-edu`` command."""
import sys

from .cli import main

sys.exit(main())
