"""Launch the Trainer Coach desktop app (and nothing else)."""

import sys

from trainercoach.gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
