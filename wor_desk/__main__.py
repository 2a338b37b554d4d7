from wor_desk.cli import main

raise SystemExit(main())
