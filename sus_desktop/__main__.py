import sys

from sus_desktop.cli import main

sys.exit(main())
