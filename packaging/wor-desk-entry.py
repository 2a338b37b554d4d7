"""The frozen bundle's entry point: the same as the installed `wor-desk` command."""

from wor_desk_ui.launcher import main

raise SystemExit(main())
