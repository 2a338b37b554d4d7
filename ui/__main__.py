"""`python -m wor_desk_ui`: the same as the `wor-desk` command, desk app included."""

from wor_desk_ui.launcher import main

raise SystemExit(main())
