import sys

from trainercoach.cli import main

# The guard matters: worker processes started with "spawn" (batch exports) import this module again.
if __name__ == "__main__":
    sys.exit(main())
