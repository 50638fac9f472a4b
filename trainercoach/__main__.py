import sys

from trainercoach.cli import main

sys.exit(main())
